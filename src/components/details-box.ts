import { html, nothing, type TemplateResult } from 'lit';
import type { Figure } from '../data/figure.js';
import { describeFigure } from '../format/format-figure.js';
import { formatFigureDate } from '../format/format-date.js';
import { nameLevel } from '../format/name-interval.js';
import { earlierFigures } from '../format/earlier-figures.js';
import { describeDistribution } from '../format/describe-distribution.js';
import type { Distribution } from '../data/distribution.js';
import { message, type Messages } from '../format/messages.js';
// Styles are set through the CSSOM, never as style attributes, which a strict CSP blocks.
import { styleProps } from '../marks/style-props.js';
import { round } from '../marks/round.js';

/** Where the details box sits in the chart's box, in px: `top` or `bottom`, and `left`. */
export type DetailsPlacement = Partial<Record<'top' | 'bottom' | 'left', number>>;

export interface DetailsBoxOptions {
  /** What the box is about, its accessible name. */
  label: string;
  placement: DetailsPlacement;
  m: Messages;
  onClose: () => void;
  content: TemplateResult;
}

/**
 * The details box both charts open on hover, tap or focus: a group named for what it explains, with
 * a close button for touch and keyboard. Its public part is still called `tooltip`.
 */
export function detailsBox(o: DetailsBoxOptions): TemplateResult {
  const position = Object.fromEntries(Object.entries(o.placement).map(([side, px]) => [side, `${round(px)}px`]));
  return html`<div class="tooltip" part="tooltip" style=${styleProps(position)} role="group" aria-label=${o.label}>
    <button class="close" type="button" aria-label=${message(o.m, 'close')} @click=${o.onClose}>×</button>
    ${o.content}
  </div>`;
}

/** The closed details box: an empty, hidden element with the same part (both charts always render one). */
export function closedDetailsBox(): TemplateResult {
  return html`<div class="tooltip" part="tooltip" hidden></div>`;
}

/**
 * A figure's source as a link that opens apart from the story (only `http(s)` and relative URLs
 * reach a figure's `url`), or as text when it has none.
 */
export function sourceLink(figure: Figure, text = sourceName(figure)): TemplateResult | string {
  if (!figure.url) return figure.source ?? '';
  return html`<a href=${figure.url} target="_blank" rel="noopener noreferrer">${text}</a>`;
}

const capitalized = (text: string, locale: string) => `${text.charAt(0).toLocaleUpperCase(locale)}${text.slice(1)}`;

/**
 * What a source is called: its name, else its link's site ("irishpost.com"), which a screen reader says
 * in two words where it would spell out a whole address; a relative link as given.
 */
export function sourceName(figure: Figure): string | undefined {
  if (figure.source || !figure.url) return figure.source;
  try {
    return new URL(figure.url).hostname.replace(/^www\./, '');
  } catch {
    return figure.url;
  }
}

/** One line of a figure's details; `source` is the line that links to the figure's source. */
interface DetailLine {
  text: string;
  muted?: boolean;
  source?: boolean;
}

/**
 * What the details box says about one figure, line by line: the figure in words, each interval with
 * its level, the phrase as written, the date, a revised claim's earlier figures, the source and the note. (The label is the box's name.)
 */
function detailLines(f: Figure, locale: string, m: Messages, fit?: Distribution): DetailLine[] {
  const intervals = f.intervals.map(
    (i) =>
      `${nameLevel(f.interval, i.level, locale)}: ${describeFigure({ ...f, kind: 'range', low: i.low, high: i.high, value: undefined, interval: undefined }, locale)}`,
  );
  const lines: (DetailLine | false | '' | undefined)[] = [
    { text: describeFigure(f, locale) },
    intervals.length > 0 && { text: intervals.join('; '), muted: true },
    Boolean(f.text) && { text: `${message(m, 'asWritten')}: “${f.text}”`, muted: true },
    f.date && { text: message(m, 'asOf', { date: formatFigureDate(f.date, locale, 'long') }), muted: true },
    fit && { text: capitalized(describeDistribution(fit, f, locale), locale), muted: true },
    Boolean(f.earlier?.length) && {
      text: capitalized(earlierFigures(f, { locale, dateLength: 'long', form: 'spoken' })!, locale),
    },
    (f.source || f.url) && { text: `${message(m, 'source')}: ${sourceName(f)}`, muted: true, source: true },
    f.note && { text: f.note },
  ];
  return lines.filter((l): l is DetailLine => Boolean(l));
}

/** The details box's content for one figure: its label, then its lines, the source as a link. */
export function figureDetails(f: Figure, locale: string, m: Messages, fit?: Distribution): TemplateResult {
  return html`<strong>${f.label}</strong>
    ${detailLines(f, locale, m, fit).map(
      (line) =>
        html`<p class=${line.muted ? 'muted' : nothing}>${line.source ? html`${message(m, 'source')}: ${sourceLink(f)}` : line.text}</p>`,
    )}`;
}

/** The same details as one string, for the live region that reads them when the reader presses Enter. */
export function figureDetailsText(f: Figure, locale: string, m: Messages, fit?: Distribution): string {
  const sentence = (t: string) => `${t.charAt(0).toLocaleUpperCase(locale)}${t.slice(1)}${/[.!?]$/.test(t) ? '' : '.'}`;
  return [f.label, ...detailLines(f, locale, m, fit).map((l) => l.text)].map(sentence).join(' ');
}
