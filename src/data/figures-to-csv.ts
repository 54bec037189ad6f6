/**
 * The figures as a CSV file a reader can download and open in a spreadsheet (Chartability: a table
 * should not be static). Written with d3-dsv, so quoting follows RFC 4180; the columns are the
 * figures contract's, plus the kind of claim.
 */
import { csvFormat } from 'd3-dsv';
import type { Figure } from './figure.js';
import type { IntervalName } from './interval-name.js';

/** A kind of interval as the `interval` field reads it back: "95% confidence", "claimed", or the author's words. */
function intervalWords(name: IntervalName): string {
  if (name.kind === 'other') return name.text ?? '';
  return `${name.level !== undefined ? `${Number((name.level * 100).toPrecision(6))}% ` : ''}${name.kind}`;
}

/** A CSV of the checked figures, one row each, in the order given. */
export function figuresToCsv(figures: readonly Figure[]): string {
  return csvFormat(
    figures.map((f) => ({
      label: f.label,
      group: f.group ?? '',
      low: f.low ?? '',
      value: f.value ?? '',
      high: f.high ?? '',
      kind: f.kind,
      intervals: f.intervals.map((i) => `${i.level}: ${i.low} to ${i.high}`).join('; '),
      interval: f.interval ? intervalWords(f.interval) : '',
      estimate: f.text ?? '',
      date: f.date
        ? f.date.time.toISOString().slice(0, f.date.precision === 'year' ? 4 : f.date.precision === 'month' ? 7 : 10)
        : '',
      source: f.source ?? '',
      url: f.url ?? '',
      note: f.note ?? '',
    })) as unknown as Record<string, string>[],
    [
      'label',
      'group',
      'low',
      'value',
      'high',
      'kind',
      'intervals',
      // Only when some figure names its kind of interval: files without one keep their columns.
      ...(figures.some((f) => f.interval) ? ['interval'] : []),
      'estimate',
      'date',
      'source',
      'url',
      'note',
    ],
  );
}
