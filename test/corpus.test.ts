// Real-world breakage, one file each in test/fixtures/corpus/, loaded through `src` as a newsroom's
// server would deliver it: what the chart draws and the line a reader (or editor) sees.
import { expect } from '@esm-bundle/chai';
import { html } from 'lit';
import { cleanup, mount, rows, shadow } from './helpers/chart.js';
import { until } from './helpers/until.js';
import type { EstimateRange } from '../src/components/estimate-range.js';
import { describeIssue } from '../src/data/figure-issue.js';

afterEach(cleanup);

type Case = { file: string; rows: number; says?: string[]; quiet?: boolean; locale?: string; labels?: string[] };

const CORPUS: Case[] = [
  { file: 'empty.csv', rows: 0, says: ['The file is empty.'] },
  { file: 'header-only.csv', rows: 0, says: ['The file has a header but no rows of figures.'] },
  {
    file: 'no-header.csv',
    rows: 0,
    says: [
      'The first row (Ukrainian authorities, 10000, 15000…) is not a header: the first row must name the columns, e.g. label, low, high.',
    ],
  },
  {
    file: 'ragged-rows.csv',
    rows: 2,
    says: ['Row 1: has 4 cells but the header has 3; the extra cells were ignored.'],
  },
  { file: 'unterminated-quote.csv', rows: 0, says: ['The file has a quote (") that is never closed.'] },
  { file: 'bom.csv', rows: 2, quiet: true, labels: ['Ukrainian authorities', 'A NATO source'] },
  { file: 'crlf.csv', rows: 2, quiet: true, labels: ['Ukrainian authorities', 'A NATO source'] },
  { file: 'mixed-line-endings.csv', rows: 2, quiet: true, labels: ['Ukrainian authorities', 'A NATO source'] },
  { file: 'semicolon-decimal-comma.csv', rows: 2, quiet: true, locale: 'de' },
  { file: 'tab-separated.tsv', rows: 2, quiet: true },
  { file: 'utf-16le.csv', rows: 2, quiet: true, labels: ['Міністерство оборони', 'A NATO source'] },
  { file: 'utf-16be.csv', rows: 2, quiet: true, labels: ['Міністерство оборони', 'A NATO source'] },
  {
    file: 'windows-1252.csv',
    rows: 2,
    labels: ['Ministère de la Défense', 'A NATO source'],
    says: ['src: is not UTF-8 text; it was read as Windows-1252'],
  },
  { file: 'invalid-utf8.csv', rows: 2, says: ['src: is not UTF-8 text'] },
  { file: 'duplicate-headers.csv', rows: 1, says: ['low: appears twice in the header; column 3 was ignored.'] },
  {
    file: 'duplicate-labels.csv',
    rows: 2,
    says: ['Row 2, label: “A NATO source” appears again (first in row 1); both are drawn.'],
  },
  { file: 'nan.csv', rows: 1, says: ['Row 1, value: “NaN” is not a number.'] },
  { file: 'infinity.json', rows: 1, says: ['Row 1, value: “Infinity” is not a number.'] },
  { file: '1e309.json', rows: 1, says: ['Row 1, value: “Infinity” is not a finite number.'] },
  { file: 'negative-zero.json', rows: 1, quiet: true },
  { file: 'low-above-high.csv', rows: 1, says: ['Row 1, low: “15000” is above high (7000).'] },
  {
    file: 'intervals-wrong-way.json',
    rows: 1,
    says: ['Row 1, intervals: are nested the wrong way: the 95% interval is narrower than the 50% one.'],
  },
  { file: 'ten-thousand-rows.csv', rows: 10000, quiet: true },
  {
    file: 'one-megabyte-label.json',
    rows: 2,
    says: ['Row 1, label: is 1,048,576 characters long; it is shown cut to 300.'],
  },
  {
    file: 'nested-10000-deep.json',
    rows: 0,
    // A list, not an object, however it is shown: “[[[[…” or, where even that overflows (Firefox), “[…]”.
    says: ['Row 1: “[', 'is not an estimate (expected an object with a label).'],
  },
  { file: 'truncated.json', rows: 0, says: ['The JSON could not be read:'] },
  {
    file: 'proto-keys.json',
    rows: 1,
    says: [
      '__proto__: is not a field of the figures contract and was ignored',
      'constructor: is not a field of the figures contract and was ignored',
    ],
  },
  {
    file: 'wrong-types.json',
    rows: 1,
    says: [
      'Row 1, label: “["a"]” is not text (a list).',
      'Row 2, value: “true” is not a number (boolean).',
      'Row 3, low: “{"x":1}” is not a number (object).',
      'Row 4, date: “20220324” is not a date',
      'Row 5, url: “42” is not text.',
      'Row 6, intervals: “wide” is not a list of { low, high, level }.',
      'Row 7, note: “{"a":1}” is not text (object).',
      'Row 8, group: “[1]” is not text (a list).',
    ],
  },
  {
    file: 'html-page.json',
    rows: 0,
    says: ['src: from /test/fixtures/corpus/html-page.json is a web page (HTML), not JSON or CSV'],
  },
];

describe('the corpus of broken files', () => {
  for (const c of CORPUS) {
    it(`${c.file}: draws ${c.rows} row(s)${c.quiet ? ' with nothing to report' : ' and says why'}`, async function () {
      // 10,000 rows take WebKitGTK (MiniBrowser under Xvfb) over 20 s to lay out and draw.
      this.timeout(c.rows >= 10000 ? 90000 : 20000);
      const errors: string[] = [];
      const onError = (e: ErrorEvent) => errors.push(e.message);
      window.addEventListener('error', onError);
      try {
        const chart = await mount(
          html`<estimate-range src=${`/test/fixtures/corpus/${c.file}`} locale=${c.locale ?? 'en'}></estimate-range>`,
          600,
        );
        await until(
          () => !(chart as unknown as { input: { loading: boolean } }).input.loading,
          `${c.file} to load`,
          60000,
        );
        await chart.updateComplete;
        await new Promise((r) => requestAnimationFrame(r));
        await chart.updateComplete;
        expect(chart.figures.length).to.equal(c.rows);
        if (c.rows && c.rows <= 100) expect(rows(chart as EstimateRange).length).to.equal(c.rows);
        const text = shadow(chart).querySelector('[part="problems"]')?.textContent?.replace(/\s+/g, ' ') ?? '';
        if (c.quiet) expect(chart.errors.map((e) => e.message)).to.deep.equal([]);
        // The line under the chart shows the first six problems; `errors` has them all, in the same words.
        const all = `${text} ${chart.errors.map(describeIssue).join(' ')}`;
        for (const said of c.says ?? []) expect(all, said).to.contain(said);
        if (c.labels) expect(chart.figures.map((f) => f.label)).to.deep.equal(c.labels);
        expect(errors).to.deep.equal([]);
      } finally {
        window.removeEventListener('error', onError);
      }
    });
  }
  it('reads semicolons with decimal commas as numbers in a de chart', async () => {
    const chart = await mount(
      html`<estimate-range src="/test/fixtures/corpus/semicolon-decimal-comma.csv" locale="de"></estimate-range>`,
      600,
    );
    const start = performance.now();
    while (performance.now() - start < 3000 && chart.figures.length === 0) await new Promise((r) => setTimeout(r, 20));
    expect(chart.figures.map((f) => [f.value, f.low, f.high])).to.deep.equal([
      [0.78, 0.73, 0.83],
      [0.85, 0.8, 0.9],
    ]);
  });
});
