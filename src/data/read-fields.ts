/**
 * Reading one field of an estimate as given: text, a number (or text holding one), nested intervals,
 * a date, a link. Each reports what is wrong through the row's error sink and never throws.
 */
import type { Interval } from './figure.js';
import { previewValue, type FigureIssue } from './figure-issue.js';
import { parseEstimate } from './parse-estimate.js';
import { parseFigureDate } from './parse-date.js';
import { safeUrl } from './safe-url.js';

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** Reports a problem with a field of the row being read. */
export type ErrorSink = (field: string, code: string, message: string, value?: unknown) => void;

/** Text fields accept strings and numbers; anything else is an error. Returns null after an error. */
export function readText(raw: unknown, field: string, error: ErrorSink): string | undefined | null {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw === 'string') return raw;
  if (typeof raw === 'number' && Number.isFinite(raw)) return String(raw);
  error(field, 'not-text', `is not text (${Array.isArray(raw) ? 'a list' : typeof raw})`, raw);
  return null;
}

export type NumberRead =
  | { ok: true; value: number; hedged: boolean; unit?: string; warnings?: string[] }
  | { ok: false; code: string; message: string };

/** A numeric field: a finite number, or text holding one number ("15,000", "about 3.5m"). */
export function readNumber(raw: unknown, locale: string, trustLocale = false): NumberRead {
  if (typeof raw === 'number') {
    return Number.isFinite(raw)
      ? { ok: true, value: raw === 0 ? 0 : raw, hedged: false }
      : { ok: false, code: 'not-finite', message: 'is not a finite number' };
  }
  if (typeof raw !== 'string') return { ok: false, code: 'not-a-number', message: `is not a number (${typeof raw})` };
  const parsed = parseEstimate(raw, locale, { trustLocale });
  if (!parsed.ok) return { ok: false, code: 'not-a-number', message: 'is not a number' };
  if (parsed.kind === 'point' || parsed.kind === 'approximate') {
    const value = parsed.value as number;
    return {
      ok: true,
      value: value === 0 ? 0 : value,
      hedged: parsed.kind === 'approximate',
      unit: parsed.unit,
      warnings: parsed.warnings,
    };
  }
  return {
    ok: false,
    code: 'not-a-single-number',
    message: 'is a range or bound, not one number: put it in “estimate”',
  };
}

export function readIntervals(raw: unknown, locale: string, error: ErrorSink, trustLocale = false): Interval[] {
  if (isBlank(raw)) return [];
  if (!Array.isArray(raw)) {
    error('intervals', 'not-a-list', 'is not a list of { low, high, level }', raw);
    return [];
  }
  const intervals: Interval[] = [];
  raw.forEach((item, i) => {
    const where = `intervals[${i + 1}]`;
    if (!isRecord(item)) {
      error(where, 'not-an-object', 'is not an interval { low, high, level }', item);
      return;
    }
    const low = readNumber(item.low, locale, trustLocale);
    const high = readNumber(item.high, locale, trustLocale);
    if (!low.ok) return error(`${where}.low`, low.code, low.message, item.low);
    if (!high.ok) return error(`${where}.high`, high.code, high.message, item.high);
    if (low.value > high.value)
      return error(`${where}.low`, 'low-above-high', `is above high (${high.value})`, low.value);
    const level = item.level;
    if (typeof level === 'number' && !(level > 0 && level < 1) && !(level > 1 && level < 100)) {
      return error(`${where}.level`, 'bad-level', 'is not a probability (between 0 and 1, or a percentage)', level);
    }
    const normalLevel =
      typeof level === 'number'
        ? level > 1
          ? level / 100
          : level
        : typeof level === 'string' && level.trim()
          ? level.trim()
          : `interval ${i + 1}`;
    intervals.push({ low: low.value, high: high.value, level: normalLevel });
  });
  // Widest first: outer intervals are drawn first and thinnest.
  return intervals.sort((a, b) => b.high - b.low - (a.high - a.low));
}

/**
 * Intervals must nest: each inside the one wider than it, and, when levels are probabilities, the
 * wider one must carry the higher probability (a 50 % interval wider than the 95 % is a typo).
 */
export function checkNesting(
  intervals: Interval[],
  low: number | undefined,
  high: number | undefined,
  error: ErrorSink,
) {
  for (let i = 1; i < intervals.length; i++) {
    const outer = intervals[i - 1];
    const inner = intervals[i];
    if (inner.low < outer.low || inner.high > outer.high) {
      error(
        'intervals',
        'not-nested',
        `do not nest: ${inner.low}–${inner.high} is not inside ${outer.low}–${outer.high}`,
      );
      return;
    }
    if (typeof outer.level === 'number' && typeof inner.level === 'number' && inner.level > outer.level) {
      error(
        'intervals',
        'nested-wrong-way',
        `are nested the wrong way: the ${Math.round(inner.level * 100)}% interval is narrower than the ${Math.round(outer.level * 100)}% one`,
      );
      return;
    }
  }
  const outer = intervals[0];
  if (outer && ((low !== undefined && outer.low < low) || (high !== undefined && outer.high > high))) {
    error('intervals', 'outside-range', 'reach beyond the low and high of the figure');
  }
}

export function readDate(raw: unknown, error: ErrorSink) {
  if (isBlank(raw)) return undefined;
  const date = parseFigureDate(raw);
  if (!date) error('date', 'unreadable-date', 'is not a date (write it as 2022-03-24, 2022-03 or 2022)', raw);
  return date;
}

export function readUrl(raw: unknown, row: number, issues: FigureIssue[], error: ErrorSink): string | undefined {
  if (isBlank(raw)) return undefined;
  if (typeof raw !== 'string') {
    error('url', 'not-text', 'is not text', raw);
    return undefined;
  }
  const url = safeUrl(raw);
  if (!url) {
    // The figure is still true; only the link is dropped.
    issues.push({
      severity: 'warning',
      code: 'unsafe-url',
      row,
      field: 'url',
      value: previewValue(raw),
      message: 'is not an http(s) link and is not shown as one',
    });
  }
  return url;
}
