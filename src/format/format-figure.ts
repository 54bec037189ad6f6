/**
 * A figure in words, as short as a value label ("10,000–15,000", "10K–15K", "at least 7,000") or as
 * full as speech ("between 10,000 and 15,000"). The kind of claim is always kept: an open range is
 * never written as if it had an end, a vague figure keeps its words.
 */
import { nameInterval } from './name-interval.js';
import type { Figure } from '../data/figure.js';
import { formatNumber, withMinus, type NumberStyle } from './format-number.js';
import { message, messagesFor } from './messages.js';
import { withUnit } from './with-unit.js';

function number(value: number, locale: string, style: NumberStyle, unit?: string): string {
  return withUnit(withMinus(formatNumber(value, locale, style)), unit);
}

/** Joins two bounds: an en dash, or "to" when a minus sign would make the dash ambiguous. */
export function formatRange(
  low: number,
  high: number,
  locale = 'en',
  style: NumberStyle = 'words',
  unit?: string,
): string {
  const a = number(low, locale, style, unit);
  const b = number(high, locale, style, unit);
  if (low < 0 || high < 0) return `${a} to ${b}`;
  // "3.5 million–4 million" reads badly; "3.5–4 million" is how copy writes it.
  const suffix = /^[\d.,\u00a0\u202f]+(\D.*)$/.exec(b)?.[1];
  if (suffix && a.endsWith(suffix) && /^\s[a-z]/.test(suffix)) return `${a.slice(0, a.length - suffix.length)}–${b}`;
  return `${a}–${b}`;
}

/** A range as it is said, with "to" rather than a dash a voice may drop: "10,000 to 15,000". */
export function speakRange(low: number, high: number, locale = 'en', unit?: string): string {
  return message(messagesFor(locale), 'rangeSpoken', {
    low: number(low, locale, 'words', unit),
    high: number(high, locale, 'words', unit),
  });
}

/**
 * The figure as a value label: "10,000–15,000", "at least 7,000", "about 3.5 million", "thousands".
 * With `compact`, numbers shrink to "10K".
 */
export function formatFigure(figure: Figure, locale = 'en', compact = false): string {
  const m = messagesFor(locale);
  const style: NumberStyle = compact ? 'compact' : 'words';
  const n = (v: number) => number(v, locale, style, figure.unit);
  switch (figure.kind) {
    case 'vague':
      return figure.text ?? formatRange(figure.low ?? 0, figure.high ?? 0, locale, style, figure.unit);
    case 'lower-bound':
      return message(m, 'atLeast', { low: n(figure.low as number) });
    case 'upper-bound':
      return message(m, 'upTo', { high: n(figure.high as number) });
    case 'approximate':
      return message(m, 'about', { value: n(figure.value as number) });
    case 'point':
      return n(figure.value as number);
    case 'range': {
      if (figure.low === undefined || figure.high === undefined)
        return figure.value !== undefined ? n(figure.value) : '';
      const range = formatRange(figure.low, figure.high, locale, style, figure.unit);
      return figure.value !== undefined ? `${n(figure.value)} (${range})` : range;
    }
  }
}

/**
 * The figure as it is said: "between 10,000 and 15,000", "at least 7,000", "about 3.5 million",
 * "45 (range 42 to 48)", "thousands". For speech, tooltips and the data table.
 */
export function describeFigure(figure: Figure, locale = 'en'): string {
  const m = messagesFor(locale);
  const n = (v: number) => number(v, locale, 'words', figure.unit);
  switch (figure.kind) {
    case 'range': {
      if (figure.low === undefined || figure.high === undefined)
        return figure.value !== undefined ? n(figure.value) : '';
      // The range's own kind, at its own level: the outer interval's when the range is that interval.
      const outer = figure.intervals[0];
      const level = outer && outer.low === figure.low && outer.high === figure.high ? outer.level : undefined;
      const name = figure.interval ? nameInterval(figure.interval, locale, level ?? figure.interval.level) : undefined;
      const numbers = {
        value: figure.value !== undefined ? n(figure.value) : '',
        low: n(figure.low),
        high: n(figure.high),
      };
      if (name)
        return message(m, figure.value !== undefined ? 'centreWithNamed' : 'betweenNamed', { ...numbers, name });
      return message(m, figure.value !== undefined ? 'centreWithRange' : 'between', numbers);
    }
    case 'vague':
      return message(m, 'vague', {
        text: figure.text ?? speakRange(figure.low ?? 0, figure.high ?? 0, locale, figure.unit),
      });
    default:
      return formatFigure(figure, locale);
  }
}
