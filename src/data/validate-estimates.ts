/**
 * Checks estimates as given (from a property, JSON, a table or CSV) and turns the good ones into
 * figures. Every problem names its row and field; a row with an error is left out, the rest are kept.
 * Nothing here throws: input is untrusted by definition.
 */
import { ESTIMATE_FIELDS, type EstimateKind, type Figure, type Interval } from './figure.js';
import { previewValue, type FigureIssue } from './figure-issue.js';
import { parseEstimate } from './parse-estimate.js';
import { parseFigureDate } from './parse-date.js';
import { safeUrl } from './safe-url.js';

/** What came out of a check: the figures to draw and the problems to report. */
export interface ValidationResult {
  figures: Figure[];
  issues: FigureIssue[];
}

export interface ValidationOptions {
  /** Locale for numbers written as text. Default "en". */
  locale?: string;
  /** Row numbers as a reader counts them, when they differ from the array's order (e.g. after a skipped blank line). */
  rowNumbers?: number[];
  /**
   * Allow rows without a label: a timeline's own series points need none. Such a figure takes its
   * group as its label and is marked `unlabelled`.
   */
  labelOptional?: boolean;
  /** Require a date on every row (a timeline places figures by date). */
  dateRequired?: boolean;
}

const KNOWN = new Set<string>(ESTIMATE_FIELDS);

/** Labels longer than this (characters) are cut, with a warning. */
export const MAX_LABEL = 300;

/**
 * Checks every estimate and returns the figures that can be drawn with every problem found.
 *
 * @example
 * validateEstimates([{ label: 'NATO', low: 7000, high: 'abc' }]).issues[0].message // 'is not a number'
 */
export function validateEstimates(records: unknown, options: ValidationOptions = {}): ValidationResult {
  const issues: FigureIssue[] = [];
  const figures: Figure[] = [];
  if (!Array.isArray(records)) {
    issues.push({
      severity: 'error',
      code: 'not-a-list',
      value: previewValue(records),
      message: 'is not a list of estimates',
    });
    return { figures, issues };
  }
  const unknownFields = new Set<string>();
  records.forEach((record, index) => {
    const row = options.rowNumbers?.[index] ?? index + 1;
    const figure = validateOne(
      record,
      row,
      options.locale ?? 'en',
      issues,
      unknownFields,
      options.labelOptional ?? false,
    );
    if (figure && options.dateRequired && !figure.date) {
      issues.push({
        severity: 'error',
        code: 'no-date',
        row,
        field: 'date',
        message: 'is missing: a timeline places every figure at its date',
      });
      return;
    }
    if (figure) figures.push(figure);
  });
  // The same source twice in one group on the same date is usually a pasted row; both are drawn, but
  // say so. (A source revising its figure on another date is a timeline's point.)
  const seenLabels = new Map<string, number>();
  for (const f of figures) {
    if (f.unlabelled) continue;
    const key = `${f.group ?? ''}\u0000${f.label}\u0000${f.date?.time.getTime() ?? ''}`;
    const first = seenLabels.get(key);
    if (first !== undefined)
      issues.push({
        severity: 'warning',
        code: 'duplicate-label',
        row: f.row,
        field: 'label',
        value: previewValue(f.label),
        message: `appears again (first in row ${first}); both are drawn`,
      });
    else seenLabels.set(key, f.row);
  }
  for (const field of unknownFields) {
    const guess = closestField(field);
    issues.push({
      severity: 'warning',
      code: 'unknown-field',
      field,
      message: `is not a field of the figures contract and was ignored${guess ? ` (did you mean “${guess}”?)` : ''}`,
    });
  }
  return { figures, issues };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

function validateOne(
  record: unknown,
  row: number,
  locale: string,
  issues: FigureIssue[],
  unknownFields: Set<string>,
  labelOptional: boolean,
): Figure | undefined {
  if (!isRecord(record)) {
    issues.push({
      severity: 'error',
      code: 'not-an-object',
      row,
      value: previewValue(record),
      message: 'is not an estimate (expected an object with a label)',
    });
    return undefined;
  }
  // Counted here rather than by scanning `issues`, which holds every row's problems so far: scanning
  // made 10,000 bad rows take seconds.
  let errors = 0;
  const error = (field: string, code: string, message: string, value?: unknown) => {
    errors++;
    issues.push({
      severity: 'error',
      code,
      row,
      field,
      message,
      value: value === undefined ? undefined : previewValue(value),
    });
  };

  // Own keys only: a "__proto__" key from JSON is data, not a prototype.
  for (const key of Object.keys(record)) if (!KNOWN.has(key)) unknownFields.add(key);
  const get = (field: string): unknown =>
    Object.prototype.hasOwnProperty.call(record, field) ? record[field] : undefined;

  const label = readText(get('label'), 'label', error);
  const unlabelled = labelOptional && (label === undefined || (label !== null && label.trim() === ''));
  // null means readText already reported a wrong type.
  if (!unlabelled && label !== null && (label === undefined || label.trim() === '')) {
    error('label', 'empty-label', 'is missing: every figure needs a label saying who or what it is');
  }
  const group = readText(get('group'), 'group', error) ?? undefined;
  const source = readText(get('source'), 'source', error) ?? undefined;
  const note = readText(get('note'), 'note', error) ?? undefined;
  const estimateText = readText(get('estimate'), 'estimate', error) ?? undefined;

  let kind: EstimateKind | undefined;
  let unit: string | undefined;
  let text: string | undefined = estimateText;
  const numbers: { value?: number; low?: number; high?: number } = {};
  for (const field of ['value', 'low', 'high'] as const) {
    const raw = get(field);
    if (isBlank(raw)) continue;
    const read = readNumber(raw, locale);
    if (read.ok) {
      numbers[field] = read.value;
      if (read.hedged && field === 'value') kind = 'approximate';
      if (read.unit) unit = read.unit;
      if (typeof raw === 'string' && read.hedged && text === undefined) text = raw;
    } else error(field, read.code, read.message, raw);
  }

  const hasNumbers = numbers.value !== undefined || numbers.low !== undefined || numbers.high !== undefined;
  if (estimateText !== undefined && estimateText.trim() !== '' && !hasNumbers) {
    const parsed = parseEstimate(estimateText, locale);
    if (parsed.ok) {
      numbers.value = parsed.value;
      numbers.low = parsed.low;
      numbers.high = parsed.high;
      kind = parsed.kind;
      unit = parsed.unit;
    } else error('estimate', 'unreadable-estimate', parsed.reason, estimateText);
  }

  const intervals = readIntervals(get('intervals'), locale, error);
  const date = readDate(get('date'), error);
  const url = readUrl(get('url'), row, issues, error);

  const { value, low, high } = numbers;
  const hasAny = value !== undefined || low !== undefined || high !== undefined || intervals.length > 0;
  if (!hasAny && errors === 0) {
    error('value', 'no-figure', 'is missing: give a value, a low and high, or the estimate as written');
  }
  if (low !== undefined && high !== undefined && low > high) {
    error('low', 'low-above-high', `is above high (${previewValue(high)})`, low);
  }
  if (value !== undefined && ((low !== undefined && value < low) || (high !== undefined && value > high))) {
    error('value', 'value-outside-range', `lies outside its range (${low ?? '…'} to ${high ?? '…'})`, value);
  }
  checkNesting(intervals, low, high, error);

  if (errors > 0) return undefined;

  kind ??=
    (low !== undefined && high !== undefined) || (intervals.length > 0 && low === undefined && high === undefined)
      ? 'range'
      : low !== undefined
        ? 'lower-bound'
        : high !== undefined
          ? 'upper-bound'
          : value !== undefined
            ? 'point'
            : 'range';
  // A figure given only as intervals takes its outer interval as its range.
  const outer = intervals[0];
  // A label long enough to be a paste accident is cut, and the cut is reported (never silently).
  let shownLabel = unlabelled ? group?.trim() || '' : (label as string);
  if (shownLabel.length > MAX_LABEL) {
    issues.push({
      severity: 'warning',
      code: 'long-label',
      row,
      field: 'label',
      message: `is ${shownLabel.length.toLocaleString('en')} characters long; it is shown cut to ${MAX_LABEL}`,
    });
    shownLabel = `${shownLabel.slice(0, MAX_LABEL - 1)}…`;
  }
  const figure: Figure = {
    row,
    label: shownLabel,
    ...(unlabelled ? { unlabelled: true } : {}),
    kind,
    intervals,
    ...(group !== undefined && group.trim() !== '' ? { group: group.trim() } : {}),
    ...(value !== undefined ? { value } : {}),
    ...(low !== undefined ? { low } : outer && high === undefined ? { low: outer.low } : {}),
    ...(high !== undefined ? { high } : outer && low === undefined ? { high: outer.high } : {}),
    ...(text !== undefined && text.trim() !== '' ? { text: text.trim() } : {}),
    ...(unit ? { unit } : {}),
    ...(date ? { date } : {}),
    ...(source !== undefined && source.trim() !== '' ? { source: source.trim() } : {}),
    ...(url ? { url } : {}),
    ...(note !== undefined && note.trim() !== '' ? { note: note.trim() } : {}),
  };
  return figure;
}

type ErrorSink = (field: string, code: string, message: string, value?: unknown) => void;

/** Text fields accept strings and numbers; anything else is an error. Returns null after an error. */
function readText(raw: unknown, field: string, error: ErrorSink): string | undefined | null {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw === 'string') return raw;
  if (typeof raw === 'number' && Number.isFinite(raw)) return String(raw);
  error(field, 'not-text', `is not text (${Array.isArray(raw) ? 'a list' : typeof raw})`, raw);
  return null;
}

type NumberRead =
  { ok: true; value: number; hedged: boolean; unit?: string } | { ok: false; code: string; message: string };

/** A numeric field: a finite number, or text holding one number ("15,000", "about 3.5m"). */
function readNumber(raw: unknown, locale: string): NumberRead {
  if (typeof raw === 'number') {
    return Number.isFinite(raw)
      ? { ok: true, value: raw === 0 ? 0 : raw, hedged: false }
      : { ok: false, code: 'not-finite', message: 'is not a finite number' };
  }
  if (typeof raw !== 'string') return { ok: false, code: 'not-a-number', message: `is not a number (${typeof raw})` };
  const parsed = parseEstimate(raw, locale);
  if (!parsed.ok) return { ok: false, code: 'not-a-number', message: 'is not a number' };
  if (parsed.kind === 'point' || parsed.kind === 'approximate') {
    const value = parsed.value as number;
    return { ok: true, value: value === 0 ? 0 : value, hedged: parsed.kind === 'approximate', unit: parsed.unit };
  }
  return {
    ok: false,
    code: 'not-a-single-number',
    message: 'is a range or bound, not one number: put it in “estimate”',
  };
}

function readIntervals(raw: unknown, locale: string, error: ErrorSink): Interval[] {
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
    const low = readNumber(item.low, locale);
    const high = readNumber(item.high, locale);
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
function checkNesting(intervals: Interval[], low: number | undefined, high: number | undefined, error: ErrorSink) {
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
        `are nested the wrong way: the ${Math.round(inner.level * 100)} % interval is narrower than the ${Math.round(outer.level * 100)} % one`,
      );
      return;
    }
  }
  const outer = intervals[0];
  if (outer && ((low !== undefined && outer.low < low) || (high !== undefined && outer.high > high))) {
    error('intervals', 'outside-range', 'reach beyond the low and high of the figure');
  }
}

function readDate(raw: unknown, error: ErrorSink) {
  if (isBlank(raw)) return undefined;
  const date = parseFigureDate(raw);
  if (!date) error('date', 'unreadable-date', 'is not a date (write it as 2022-03-24, 2022-03 or 2022)', raw);
  return date;
}

function readUrl(raw: unknown, row: number, issues: FigureIssue[], error: ErrorSink): string | undefined {
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

/** The contract field nearest to an unknown name ("hihg" → "high"), by edit distance, for "did you mean". */
function closestField(name: string): string | undefined {
  const lower = name.toLowerCase();
  let best: string | undefined;
  let bestDistance = 3;
  for (const field of ESTIMATE_FIELDS) {
    const d = editDistance(lower, field);
    if (d < bestDistance) {
      best = field;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return 99;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
