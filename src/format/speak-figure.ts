/**
 * A figure as a screen reader says it, whole: who, what, how uncertain, the unit, the intervals
 * named by their level, and when. "A NATO source: between 7,000 and 15,000 Russian troops killed,
 * as of March 24, 2022", and a revised claim's earlier figures ("was more than 7,000 on 16 March
 * 2022"). Used for each row's accessible name and the data table.
 */
import type { Figure } from '../data/figure.js';
import { describeFigure, speakRange } from './format-figure.js';
import { formatFigureDate } from './format-date.js';
import { message, messagesFor } from './messages.js';
import { formatLevel } from './format-level.js';
import { nameLevel } from './name-interval.js';
import { earlierFigures } from './earlier-figures.js';
import { describeDistribution } from './describe-distribution.js';
import type { Distribution } from '../data/distribution.js';

export interface SpeakOptions {
  locale?: string;
  /** What is counted ("Russian troops killed"), said after the number. */
  unit?: string;
  /** The figure's group, said after it when a chart has several ("Russian casualties"). */
  group?: string;
  /** The distribution the chart draws the figure as (`display="gradient"` or `"dots"`), said with its assumption. */
  distribution?: Distribution;
}

/** The figure alone, with its unit and intervals: "3 (range 2 to 5) °C; likely interval 2.5–4". */
export function speakFigureValue(figure: Figure, options: SpeakOptions = {}): string {
  const locale = options.locale ?? 'en';
  const m = messagesFor(locale);
  let text = describeFigure(figure, locale);
  // "thousands of people", not "thousands people": a vague plural ("thousands", "tens of thousands") is a
  // noun, not a number; "several thousand people" stays as it is.
  if (options.unit) {
    const noun = figure.kind === 'vague' && /s$/i.test(figure.text?.trim() ?? '');
    text = message(m, noun ? 'vagueWithUnit' : 'withUnit', { figure: text, unit: options.unit });
  }
  // Intervals are said inner first, as the key lists them. A named range says the outer one's level
  // already ("3 (95 % credible interval 1 to 5)"), so that one is not said twice.
  const outer = figure.intervals[0];
  const named = figure.interval && outer && outer.low === figure.low && outer.high === figure.high;
  const inner = figure.intervals.slice(named ? 1 : 0).reverse();
  const intervals = inner.map((i) =>
    figure.interval
      ? `${nameLevel(figure.interval, i.level, locale)} ${speakRange(i.low, i.high, locale, figure.unit)}`
      : message(m, 'intervalSpoken', {
          level: formatLevel(i.level, locale),
          range: speakRange(i.low, i.high, locale, figure.unit),
        }),
  );
  return [text, ...intervals].join('; ');
}

/** The row's full accessible name. */
export function speakFigure(figure: Figure, options: SpeakOptions = {}): string {
  const locale = options.locale ?? 'en';
  const m = messagesFor(locale);
  const parts = [message(m, 'rowName', { label: figure.label, figure: speakFigureValue(figure, options) })];
  if (options.group) parts.push(options.group);
  if (figure.source && figure.source !== figure.label) parts.push(figure.source);
  if (figure.date) parts.push(message(m, 'asOf', { date: formatFigureDate(figure.date, locale, 'long') }));
  const was = earlierFigures(figure, { locale, dateLength: 'long', form: 'spoken' });
  if (was) parts.push(was);
  if (options.distribution) parts.push(describeDistribution(options.distribution, figure, locale));
  return parts.join(', ');
}
