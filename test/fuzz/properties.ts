/**
 * Properties that must hold for any input, checked with fast-check: a few thousand cases in
 * `npm test` (test/fuzz/fuzz.test.ts, in Chromium) and 100,000+ in `npm run fuzz` (scripts/fuzz.mjs,
 * in Node). Shared here so that both runs check the same claims.
 */
import fc from 'fast-check';
import { parseEstimate } from '../../src/data/parse-estimate.js';
import { validateEstimates } from '../../src/data/validate-estimates.js';
import { ESTIMATE_FIELDS } from '../../src/data/figure.js';
import { readCsv } from '../../src/data/read-csv.js';
import { readJson } from '../../src/data/read-json.js';
import { layoutRangeChart } from '../../src/layout/layout-range-chart.js';
import { layoutTimeline } from '../../src/layout/layout-timeline.js';
import { approximateTextMeasurer } from '../../src/layout/text-measurer.js';

const KINDS = ['point', 'approximate', 'range', 'lower-bound', 'upper-bound', 'vague'];

/** Strings that look like news copy: numbers, separators, words of the grammar, and noise. */
const phrase = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.stringMatching(
    /^(about |at least |up to |between |~)?-?[0-9]{1,7}([,.][0-9]{1,3})?( ?(k|m|bn|million|%))?( ?(-|–|to|and|±|or) ?-?[0-9]{1,7}([,.][0-9]{3})?( ?(k|m|million))?)?(\+| or more)?$/,
  ),
  fc.constantFrom(
    'thousands',
    'tens of thousands',
    'NaN',
    'Infinity',
    '1e309',
    '-0',
    '',
    '   ',
    '—',
    '10-15,000',
    '3.5 million',
    '45 ± 3',
    '<img src=x>',
    '{{7*7}}',
    '${alert(1)}',
  ),
);

/** Values of any JSON type, and some that JSON cannot hold. */
const anyValue = fc.oneof(fc.jsonValue(), fc.constantFrom(NaN, Infinity, -Infinity, -0, undefined, null), phrase);

/** Records built from the contract's fields (and a few others), with values of any type. */
const record = fc.dictionary(fc.constantFrom(...ESTIMATE_FIELDS, 'hihg', '__proto__', 'constructor', 'x'), anyValue, {
  maxKeys: 8,
});

export function checkParseEstimate(numRuns: number): void {
  fc.assert(
    fc.property(phrase, fc.constantFrom('en', 'de', 'uk', 'fr'), (text, locale) => {
      const r = parseEstimate(text, locale);
      if (!r.ok) return typeof r.reason === 'string' && r.reason.length > 0 && r.text === text;
      const numbers = [r.low, r.value, r.high].filter((v) => v !== undefined) as number[];
      // Never upside down, whatever the kind: a low above its high, or a centre outside its range.
      const ordered = (a?: number, b?: number) => a === undefined || b === undefined || a <= b;
      return (
        KINDS.includes(r.kind) &&
        numbers.length > 0 &&
        numbers.every(Number.isFinite) &&
        ordered(r.low, r.high) &&
        ordered(r.low, r.value) &&
        ordered(r.value, r.high)
      );
    }),
    { numRuns },
  );
}

export function checkRangesRoundTrip(numRuns: number): void {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 9_999_999 }), fc.integer({ min: 0, max: 9_999_999 }), (a, b) => {
      const [low, high] = a <= b ? [a, b] : [b, a];
      const fmt = (n: number) => n.toLocaleString('en');
      const between = parseEstimate(`between ${fmt(low)} and ${fmt(high)}`);
      const atLeast = parseEstimate(`at least ${fmt(low)}`);
      return (
        between.ok &&
        between.low === low &&
        between.high === high &&
        atLeast.ok &&
        atLeast.kind === 'lower-bound' &&
        atLeast.low === low
      );
    }),
    { numRuns },
  );
}

export function checkValidation(numRuns: number): void {
  fc.assert(
    fc.property(fc.array(fc.oneof(record, anyValue), { maxLength: 12 }), (records) => {
      const { figures, issues } = validateEstimates(records);
      const errorRows = new Set(issues.filter((i) => i.severity === 'error').map((i) => i.row));
      // Every row is either drawn or named in an error, never both, never neither.
      for (let row = 1; row <= records.length; row++) {
        const drawn = figures.some((f) => f.row === row);
        if (drawn === errorRows.has(row)) return false;
      }
      // Every error about a row names a field unless the row is not an object at all.
      const fieldless = issues.filter((i) => i.severity === 'error' && i.row !== undefined && !i.field);
      if (
        fieldless.some(
          (i) =>
            typeof records[(i.row as number) - 1] === 'object' &&
            records[(i.row as number) - 1] !== null &&
            !Array.isArray(records[(i.row as number) - 1]),
        )
      )
        return false;
      return (
        figures.every((f) => [f.low, f.value, f.high].every((v) => v === undefined || Number.isFinite(v))) &&
        issues.every((i) => i.message.length > 0)
      );
    }),
    { numRuns },
  );
}

export function checkReaders(numRuns: number): void {
  fc.assert(
    fc.property(
      fc.oneof(
        fc.string({ maxLength: 300 }),
        fc
          .array(fc.array(phrase, { maxLength: 5 }), { maxLength: 6 })
          .map((rows) => rows.map((r) => r.join(',')).join('\n')),
      ),
      (text) => {
        const csv = readCsv(text);
        const json = readJson(text);
        validateEstimates(csv.records, { rowNumbers: csv.rowNumbers });
        validateEstimates(json.records);
        return Array.isArray(csv.records) && Array.isArray(json.records);
      },
    ),
    { numRuns },
  );
}

export function checkLayout(numRuns: number): void {
  const measure = approximateTextMeasurer(15);
  fc.assert(
    fc.property(
      fc.array(record, { maxLength: 8 }),
      fc.integer({ min: 120, max: 1400 }),
      fc.constantFrom<'linear' | 'log'>('linear', 'log'),
      (records, width, scale) => {
        const { figures } = validateEstimates(records.map((r, i) => ({ label: `Row ${i}`, ...r })));
        const a = layoutRangeChart({ figures, width, measure, scale, agreement: true });
        const b = layoutRangeChart({ figures, width, measure, scale, agreement: true });
        const strip = (g: typeof a) => JSON.stringify({ ...g, axes: g.axes.map((x) => x.ticks) });
        const finite = a.rows.every(
          (r) =>
            Number.isFinite(r.y) &&
            r.strokes.every((s) => Number.isFinite(s.x0) && Number.isFinite(s.x1)) &&
            (!r.mark || Number.isFinite(r.mark.x)),
        );
        // Same data twice gives the same drawing; every valid figure gets a row; nothing is NaN.
        return strip(a) === strip(b) && a.rows.length === figures.length && finite && Number.isFinite(a.height);
      },
    ),
    { numRuns },
  );
  fc.assert(
    fc.property(fc.array(record, { maxLength: 10 }), fc.integer({ min: 200, max: 1400 }), (records, width) => {
      const { figures } = validateEstimates(
        records.map((r, i) => ({ group: i % 2 ? 'A' : 'B', date: `2022-0${1 + (i % 9)}-1${i % 9}`, ...r })),
        { labelOptional: true, dateRequired: true },
      );
      if (!figures.length) return true;
      const g = layoutTimeline({ figures, width, measure });
      return (
        Number.isFinite(g.height) &&
        g.series.every((s) => !/NaN/.test(s.line ?? '') && s.bands.every((b) => !/NaN/.test(b.d)))
      );
    }),
    { numRuns },
  );
}
