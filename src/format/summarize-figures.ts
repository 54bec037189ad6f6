/**
 * A summary of the figures in plain words, built from the figures, not the pixels: for each group,
 * how many estimates, the lowest and the highest and who gave them, whether the sources agree (the
 * overlap of their ranges) or not, any figure outside every other source's range, which sources
 * raised or lowered a revised figure, and the dates.
 * Open and vague figures are said as they were given ("at least 7,000", "thousands"). Every
 * sentence comes from the message catalogue, so a translator can add a language without code.
 */
import type { Figure } from '../data/figure.js';
import { figureMax, figureMin } from '../data/figure.js';
import { agreementRange } from '../data/agreement-range.js';
import { revisionSentences } from './summarize-revisions.js';
import { fitDistribution } from '../data/distribution.js';
import type { DisplayMode } from '../layout/distribution-layout.js';
import { nameInterval } from './name-interval.js';
import { describeFigure, speakRange } from './format-figure.js';
import { withUnit } from './with-unit.js';
import { formatNumber } from './format-number.js';
import { formatFigureDate } from './format-date.js';
import { listOf, message, messagesFor, plural } from './messages.js';

export interface SummaryOptions {
  locale?: string;
  /** What is counted, for a chart without groups ("Russian troops killed"). */
  unit?: string;
  /** How the chart draws figures that give a probability: as distributions, the assumption is said. */
  display?: DisplayMode;
}

/** The number a figure starts from, for "lowest": its low or value; none for "up to". */
function floorOf(f: Figure): number | undefined {
  return f.kind === 'upper-bound' ? undefined : figureMin(f);
}

/** The number a figure reaches, for "highest"; none for "at least". */
function ceilingOf(f: Figure): number | undefined {
  return f.kind === 'lower-bound' ? undefined : figureMax(f);
}

/** The stretch a figure claims, open ends reaching to infinity. */
function span(f: Figure): [number, number] {
  const lo = f.kind === 'upper-bound' ? -Infinity : (figureMin(f) ?? -Infinity);
  const hi = f.kind === 'lower-bound' ? Infinity : (figureMax(f) ?? Infinity);
  return [lo, hi];
}

/** Ranges on a line all overlap exactly when the highest start is at or below the lowest end. */
function allOverlap(list: Figure[]): boolean {
  let maxLo = -Infinity;
  let minHi = Infinity;
  for (const f of list) {
    const [lo, hi] = span(f);
    maxLo = Math.max(maxLo, lo);
    minHi = Math.min(minHi, hi);
  }
  return maxLo <= minHi;
}

/** Above this many figures in a group, sources outside every other's range are not named. */
const OUTLIER_CHECK_MAX = 50;

function overlaps(a: Figure, b: Figure): boolean {
  const [aLo, aHi] = span(a);
  const [bLo, bHi] = span(b);
  return aLo <= bHi && bLo <= aHi;
}

const isRange = (f: Figure) =>
  f.kind === 'range' || f.kind === 'lower-bound' || f.kind === 'upper-bound' || f.kind === 'vague';

/** Summarises figures in sentences, group by group, in the locale's language. */
export function summarizeFigures(figures: readonly Figure[], options: SummaryOptions = {}): string {
  const locale = options.locale ?? 'en';
  const m = messagesFor(locale);
  const groups = new Map<string | undefined, Figure[]>();
  for (const f of figures) {
    const list = groups.get(f.group);
    if (list) list.push(f);
    else groups.set(f.group, [f]);
  }
  const sentences: string[] = [];
  // The kind of each range is said once, after the figures (rangeKinds), not in every sentence.
  const said = (f: Figure) =>
    message(m, 'figureBy', { figure: describeFigure({ ...f, interval: undefined }, locale), who: f.label });

  for (const [group, list] of groups) {
    const what = group ?? options.unit ?? message(m, 'chartLabel');
    sentences.push(message(m, 'estimatesOf', { what, estimates: plural(m, 'estimates', list.length, locale) }));
    if (list.length === 1) {
      sentences.push(`${said(list[0])}.`, ...revisionSentences(list, locale));
      continue;
    }
    const lowest = pick(list, floorOf, -1);
    const highest = pick(list, ceilingOf, 1);
    if (lowest.length && highest.length) {
      const end = (chosen: Figure[], value: number) => {
        // A vague figure is said in its own words; any other by the number it reaches.
        const figure =
          chosen[0].kind === 'vague'
            ? describeFigure(chosen[0], locale)
            : withUnit(formatNumber(value, locale, 'words'), chosen[0].unit);
        return message(m, 'figureBy', {
          figure,
          who: listOf(
            chosen.map((f) => f.label),
            locale,
          ),
        });
      };
      sentences.push(
        message(m, 'summaryRange', {
          low: end(lowest, floorOf(lowest[0])!),
          high: end(highest, ceilingOf(highest[0])!),
        }),
      );
    }
    const agreed = agreementRange(list);
    if (agreed)
      sentences.push(message(m, 'summaryAgree', { range: speakRange(agreed[0], agreed[1], locale, list[0].unit) }));
    else if (list.every(isRange) && !allOverlap(list)) sentences.push(message(m, 'summaryDisagree'));
    // With three or more sources, name any that stands apart from all the others (a sentence per
    // source stops helping past a few dozen, and the check is quadratic).
    if (list.length >= 3 && list.length <= OUTLIER_CHECK_MAX) {
      for (const f of list) {
        if (list.every((other) => other === f || !overlaps(f, other)))
          sentences.push(message(m, 'summaryOutside', { figure: said(f) }));
      }
    }
    sentences.push(...revisionSentences(list, locale));
  }
  const kinds = rangeKinds(figures, locale);
  if (kinds) sentences.push(kinds);
  if (options.display && options.display !== 'bars' && figures.some((f) => fitDistribution(f)))
    sentences.push(message(m, 'distributionAssumed'));
  const dates = figures.flatMap((f) => (f.date ? [f.date] : []));
  if (dates.length) {
    const sorted = dates.slice().sort((a, b) => a.time.getTime() - b.time.getTime());
    const from = formatFigureDate(sorted[0], locale, 'long');
    const to = formatFigureDate(sorted[sorted.length - 1], locale, 'long');
    sentences.push(
      from === to && dates.length === figures.length
        ? message(m, 'allAsOf', { date: from })
        : message(m, 'summaryDated', { from, to }),
    );
  }
  return sentences.join(' ');
}

/**
 * What the ranges are, when any figure said: "What the ranges are: 95 % confidence interval.", or
 * with several kinds, each with who gave it ("claimed range (NATO and Ukraine); 95 % confidence
 * interval (The Lancet)"). A range whose kind was not said is not counted.
 */
function rangeKinds(figures: readonly Figure[], locale: string): string | undefined {
  const byName = new Map<string, string[]>();
  for (const f of figures) {
    if (!f.interval) continue;
    const name = nameInterval(f.interval, locale);
    const list = byName.get(name);
    if (list) list.push(f.label);
    else byName.set(name, [f.label]);
  }
  if (!byName.size) return undefined;
  const names =
    byName.size === 1
      ? [...byName.keys()][0]
      : Array.from(byName, ([name, who]) => `${name} (${listOf(who, locale)})`).join('; ');
  return message(messagesFor(locale), 'rangesAre', { names });
}

/** The figures with the smallest (sign -1) or largest (sign 1) number, ties together. */
function pick(list: Figure[], read: (f: Figure) => number | undefined, sign: 1 | -1): Figure[] {
  let best: number | undefined;
  let chosen: Figure[] = [];
  for (const f of list) {
    const v = read(f);
    if (v === undefined) continue;
    if (best === undefined || sign * (v - best) > 0) {
      best = v;
      chosen = [f];
    } else if (v === best) chosen.push(f);
  }
  return chosen;
}
