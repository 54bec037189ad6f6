/**
 * Checks estimates as given (from a property, JSON, a table or CSV) and turns the good ones into
 * figures. Every problem names its row and field; a row with an error is left out, the rest are kept.
 * Nothing here throws: input is untrusted by definition.
 */
import { readIntervalName, type IntervalName } from './interval-name.js';
import { ESTIMATE_FIELDS, type EstimateKind, type Figure } from './figure.js';
import { previewValue, type FigureIssue } from './figure-issue.js';
import { closestField } from './closest-field.js';
import { parseEstimate } from './parse-estimate.js';
import {
  checkNesting,
  isBlank,
  isRecord,
  readDate,
  readIntervals,
  readNumber,
  readText,
  readUrl,
} from './read-fields.js';

/** What came out of a check: the figures to draw and the problems to report. */
export interface ValidationResult {
  figures: Figure[];
  issues: FigureIssue[];
}

export interface ValidationOptions {
  /** Locale for numbers written as text. Default "en". */
  locale?: string;
  /**
   * The author said how the numbers are written (`number-locale`): a lone separator before three
   * digits ("15,000") is then read by `locale` without a warning.
   */
  trustLocale?: boolean;
  /** Row numbers as a reader counts them, when they differ from the array's order (e.g. after a skipped blank line). */
  rowNumbers?: number[];
  /**
   * Allow rows without a label: a timeline's own series points need none. Such a figure takes its
   * group as its label and is marked `unlabelled`.
   */
  labelOptional?: boolean;
  /** Require a date on every row (a timeline places figures by date). */
  dateRequired?: boolean;
  /**
   * What kind of interval a figure's range is when the figure does not say (the `interval`
   * attribute): "95% confidence interval", "claimed range" (interval-name.ts).
   */
  interval?: string;
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
  const chartInterval = readIntervalName(options.interval ?? '');
  records.forEach((record, index) => {
    const row = options.rowNumbers?.[index] ?? index + 1;
    const figure = validateOne(
      record,
      row,
      { locale: options.locale ?? 'en', trustLocale: options.trustLocale ?? false, interval: chartInterval },
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

function validateOne(
  record: unknown,
  row: number,
  reading: { locale: string; trustLocale: boolean; interval?: IntervalName },
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

  const { locale, trustLocale } = reading;
  // What a reading was unsure of or set aside ("15,000" in a Ukrainian chart): drawn, and said.
  const warn = (field: string, value: unknown, warnings: readonly string[] | undefined) => {
    for (const message of warnings ?? [])
      issues.push({ severity: 'warning', code: 'read-with-doubt', row, field, value: previewValue(value), message });
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
  const intervalText = readText(get('interval'), 'interval', error) ?? undefined;
  let interval = readIntervalName(intervalText ?? '');

  let kind: EstimateKind | undefined;
  let unit: string | undefined;
  let text: string | undefined = estimateText;
  const numbers: { value?: number; low?: number; high?: number } = {};
  for (const field of ['value', 'low', 'high'] as const) {
    const raw = get(field);
    if (isBlank(raw)) continue;
    const read = readNumber(raw, locale, trustLocale);
    if (read.ok) {
      warn(field, raw, read.warnings);
      numbers[field] = read.value;
      if (read.hedged && field === 'value') kind = 'approximate';
      if (read.unit) unit = read.unit;
      if (typeof raw === 'string' && read.hedged && text === undefined) text = raw;
    } else error(field, read.code, read.message, raw);
  }

  const hasNumbers = numbers.value !== undefined || numbers.low !== undefined || numbers.high !== undefined;
  if (estimateText !== undefined && estimateText.trim() !== '' && !hasNumbers) {
    const parsed = parseEstimate(estimateText, locale, { trustLocale });
    if (parsed.ok) {
      warn('estimate', estimateText, parsed.warnings);
      numbers.value = parsed.value;
      numbers.low = parsed.low;
      numbers.high = parsed.high;
      kind = parsed.kind;
      unit = parsed.unit;
      interval ??= parsed.interval;
    } else error('estimate', 'unreadable-estimate', parsed.reason, estimateText);
  }

  const intervals = readIntervals(get('intervals'), locale, error, trustLocale);
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
  // A range whose ends meet is a point, drawn and said as one: "2", not "2 (2–2)".
  const meets = kind === 'range' && low !== undefined && low === high && (value ?? low) === low && !intervals.length;
  if (meets) kind = 'point';
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
    ...(meets ? { value: low } : {}),
    ...(value !== undefined && !meets ? { value } : {}),
    ...(meets ? {} : low !== undefined ? { low } : outer && high === undefined ? { low: outer.low } : {}),
    ...(meets ? {} : high !== undefined ? { high } : outer && low === undefined ? { high: outer.high } : {}),
    ...(text !== undefined && text.trim() !== '' ? { text: text.trim() } : {}),
    ...(unit ? { unit } : {}),
    ...(date ? { date } : {}),
    ...(source !== undefined && source.trim() !== '' ? { source: source.trim() } : {}),
    ...(url ? { url } : {}),
    ...(note !== undefined && note.trim() !== '' ? { note: note.trim() } : {}),
  };
  interval ??= reading.interval;
  // Only a figure with a range has an interval to name.
  if (interval && (figure.low !== undefined || figure.high !== undefined || intervals.length))
    figure.interval = interval;
  return figure;
}
