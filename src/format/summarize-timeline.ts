/**
 * A timeline in words: for each series, where it started and ended and which way it went, and on
 * which dates its range was widest and narrowest; then how many sources' estimates are marked, and
 * which sources raised or lowered theirs.
 * Sentences come from the message catalogue.
 */
import type { Figure } from '../data/figure.js';
import { figureCentre, isSourceEstimate } from '../data/figure.js';
import { describeFigure, speakRange } from './format-figure.js';
import { formatFigureDate } from './format-date.js';
import { message, messagesFor } from './messages.js';
import { joinRevisions } from '../data/revisions.js';
import { revisionSentences } from './summarize-revisions.js';

export interface TimelineSummaryOptions {
  locale?: string;
  defaultSeries?: string;
}

/**
 * The timeline in sentences, in the locale's words: "Refugees from Ukraine rose from 0 on 24 February
 * 2022 to 4 million on 30 March 2022. …" Sources' estimates are counted, not traced.
 */
export function summarizeTimeline(figures: readonly Figure[], options: TimelineSummaryOptions): string {
  const locale = options.locale ?? 'en';
  const m = messagesFor(locale);
  const dated = figures.filter((f) => f.date).sort((a, b) => +a.date!.time - +b.date!.time);
  const series = new Map<string, Figure[]>();
  for (const f of dated) {
    if (isSourceEstimate(f)) continue;
    const name = f.group ?? options.defaultSeries ?? '';
    const list = series.get(name);
    if (list) list.push(f);
    else series.set(name, [f]);
  }
  const sentences: string[] = [];
  const date = (f: Figure) => formatFigureDate(f.date!, locale, 'long');
  for (const [name, list] of series) {
    const first = list[0];
    const last = list[list.length - 1];
    const a = figureCentre(first);
    const b = figureCentre(last);
    if (a === undefined || b === undefined) continue;
    const change = Math.abs(b - a) / Math.max(Math.abs(a), Math.abs(b), 1e-9);
    const key = change < 0.02 ? 'trendFlat' : b > a ? 'trendUp' : 'trendDown';
    sentences.push(
      message(m, key, {
        series: name,
        from: describeFigure(first, locale),
        to: describeFigure(last, locale),
        fromDate: date(first),
        toDate: date(last),
      }),
    );
    const ranged = list.filter((f) => f.low !== undefined && f.high !== undefined);
    if (ranged.length >= 2) {
      const width = (f: Figure) => (f.high as number) - (f.low as number);
      const wide = ranged.reduce((w, f) => (width(f) > width(w) ? f : w));
      const narrow = ranged.reduce((n, f) => (width(f) < width(n) ? f : n));
      sentences.push(
        message(m, 'widest', {
          wideDate: date(wide),
          wide: speakRange(wide.low!, wide.high!, locale, wide.unit),
          narrowDate: date(narrow),
          narrow: speakRange(narrow.low!, narrow.high!, locale, narrow.unit),
        }),
      );
    }
  }
  const sources = dated.filter(isSourceEstimate);
  if (sources.length)
    sentences.push(
      sources.length === 1 ? message(m, 'sourcesSaidOne') : message(m, 'sourcesSaid', { count: sources.length }),
    );
  sentences.push(...revisionSentences(joinRevisions(sources), locale));
  return sentences.join(' ');
}
