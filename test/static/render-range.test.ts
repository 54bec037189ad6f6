/// <reference types="node" />
import { expect } from '@esm-bundle/chai';
import { spawnSync } from 'node:child_process';
import { renderRange } from '../../src/static/render-range.js';
import { validateEstimates } from '../../src/data/validate-estimates.js';
import { seedAll, seedDeaths } from '../fixtures/seed-figures.js';

const count = (text: string, pattern: RegExp) => (text.match(pattern) ?? []).length;
/** How many figures' rows the SVG draws: their labels are tagged with the row. */
const rowsDrawn = (svg: string) =>
  new Set(Array.from(svg.matchAll(/<text class="label[^"]*"[^>]*data-row="(\d+)"/g), (m) => m[1])).size;
const texts = (svg: string) => Array.from(svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g), (m) => m[1]);

describe('renderRange', () => {
  it('draws every figure as a row, in an SVG that names and describes itself', () => {
    const chart = renderRange(seedAll, { title: 'Four weeks into the war, the estimates disagree', agreement: true });
    expect(rowsDrawn(chart.svg)).to.equal(seedAll.length);
    const scope = /class="estimate-range static-chart (er-[0-9a-z]+)"/.exec(chart.svg)?.[1];
    expect(chart.svg).to.match(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]* role="img"/);
    expect(chart.svg).to.contain(`aria-labelledby="${scope}-title" aria-describedby="${scope}-summary"`);
    expect(chart.svg).to.contain(`<title id="${scope}-title">Four weeks into the war, the estimates disagree</title>`);
    expect(chart.svg).to.contain(`<desc id="${scope}-summary">${chart.summary}</desc>`);
    expect(chart.summary).to.match(/estimates/);
    expect(chart.problems).to.deep.equal([]);
  });

  it('carries its provenance in the image: title, description, notes, source, how to read it, credit', () => {
    const chart = renderRange(seedDeaths, {
      title: 'How many Russian troops had been killed?',
      description: 'As reported on 24 March 2022',
      notes: ['Neither figure was independently verified.'],
      source: 'Sources: Ukrainian authorities; a NATO source',
      credit: 'Chart: The Daily',
      agreement: true,
    });
    const lines = texts(chart.svg);
    for (const line of [
      'How many Russian troops had been killed?',
      'As reported on 24 March 2022',
      'Neither figure was independently verified.',
      'Sources: Ukrainian authorities; a NATO source',
      'Bars show each source’s range; shaded: where all sources agree.',
      'Chart: The Daily',
    ])
      expect(lines).to.include(line);
    expect(lines.some((l) => /as of Mar 24, 2022/.test(l))).to.equal(true);
  });

  it('says the one source all rows share once, under the chart, when no source line is given', () => {
    const chart = renderRange([
      { label: 'Refugees', value: 3_500_000, source: 'UN' },
      { label: 'Internally displaced', value: 6_500_000, source: 'UN' },
    ]);
    expect(texts(chart.svg)).to.include('All figures from UN.');
    expect(texts(chart.svg).filter((t) => t.includes('UN'))).to.have.length(1);
    // Only what is drawn: these rows are dots, with no bars.
    expect(texts(chart.svg)).to.include('Dots: a single figure.');
  });

  it('writes no how-to-read line when told not to', () => {
    const figures = [{ label: 'Refugees', value: 3_500_000 }];
    expect(texts(renderRange(figures, { howToRead: 'off' }).svg).join(' ')).not.to.contain('single figure');
    expect(texts(renderRange(figures).svg).join(' ')).to.contain('single figure');
  });

  it('reports a bad row as the elements do and still draws the good ones', () => {
    const csv = 'label,low,high\nUkrainian authorities,10000,15000\nNATO,abc,15000\nUN,3,4';
    const chart = renderRange(csv);
    const expected = validateEstimates([
      { label: 'Ukrainian authorities', low: '10000', high: '15000' },
      { label: 'NATO', low: 'abc', high: '15000' },
      { label: 'UN', low: '3', high: '4' },
    ]).issues;
    expect(chart.problems.map((p) => [p.row, p.field, p.message])).to.deep.equal(
      expected.map((p) => [p.row, p.field, p.message]),
    );
    expect(chart.problems[0]).to.include({ row: 2, field: 'low', severity: 'error' });
    expect(rowsDrawn(chart.svg)).to.equal(2);
  });

  it('reads JSON text and TSV as well as arrays and CSV', () => {
    const json = renderRange(JSON.stringify({ estimates: [{ label: 'A', low: 1, high: 2 }] }));
    const tsv = renderRange('label\tlow\thigh\nA\t1\t2');
    expect(json.svg).to.equal(tsv.svg);
    expect(json.problems).to.deep.equal([]);
  });

  it('writes labels as text, never as markup, in the SVG and the HTML', () => {
    const label = '<img src=x onerror="alert(1)">';
    const chart = renderRange([{ label, low: 1, high: 2 }], { title: '<b>bold</b>' });
    for (const out of [chart.svg, chart.html]) {
      expect(out).not.to.contain('<img');
      expect(out).not.to.contain('<b>');
      expect(out).to.contain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;');
    }
  });

  it('serves its font to HTML readers who lack it, when told where', () => {
    expect(renderRange(seedDeaths).html).not.to.contain('@font-face');
    const html = renderRange(seedDeaths, { fontUrl: 'https://example.org/fonts' }).html;
    expect(html).to.contain("src:local('Source Sans 3'),url('https://example.org/fonts/SourceSans3-Regular.ttf')");
    expect(html).to.contain(
      "font-weight:700;src:local('Source Sans 3'),url('https://example.org/fonts/SourceSans3-Bold.ttf')",
    );
  });

  it('gives the same bytes for the same figures and options', () => {
    expect(renderRange(seedAll, { width: 375 }).svg).to.equal(renderRange(seedAll, { width: 375 }).svg);
  });

  it('makes an HTML figure with the caption, the chart, the summary and every figure in a table', () => {
    const chart = renderRange(seedAll, { title: 'Estimates', notes: 'Unverified.', source: 'Source: report' });
    expect(chart.html).to.match(/^<figure class="estimate-range static-chart er-[0-9a-z]+-figure" lang="en"/);
    expect(chart.html).to.contain('<figcaption');
    expect(chart.html).to.contain('<svg xmlns');
    expect(chart.html).to.contain(`<p class="summary"`);
    expect(count(chart.html, /<tr><th scope="row">/g)).to.equal(seedAll.length);
    // The frame's text is HTML in the figure, not drawn again inside its SVG.
    expect(count(chart.html, /Unverified\./g)).to.equal(1);
  });

  it('draws the dark theme in the dark palette, and a page’s own colours over it', () => {
    const svg = renderRange(seedDeaths, { theme: 'dark' }).svg;
    expect(svg).to.contain('fill="#15191d"');
    expect(svg).to.match(/\.er-[0-9a-z]+ \.interval\{fill:#8cc3f0\}/);
    expect(renderRange(seedDeaths, { colors: { 'interval-color': '#7a1f5c' } }).svg).to.match(
      /\.er-[0-9a-z]+ \.interval\{fill:#7a1f5c\}/,
    );
  });

  it('keeps two charts on one page apart: their ids and every style rule are the chart’s own', () => {
    const [a, b] = [renderRange(seedDeaths), renderRange(seedAll)];
    const scopeOf = (html: string) => /static-chart (er-[0-9a-z]+)/.exec(html)?.[1];
    expect(scopeOf(a.html)).to.not.equal(scopeOf(b.html));
    // The figure's own sheet and its SVG's: every selector under the chart's name.
    const styles = Array.from(a.html.matchAll(/<style>([\s\S]*?)<\/style>/g), (m) => m[1]);
    expect(styles.length).to.equal(2);
    const selectors = styles
      .join('')
      .split('}')
      .flatMap((rule) => (rule.includes('{') ? rule.split('{')[0].split(',') : []));
    expect(selectors.length).to.be.greaterThan(30);
    for (const selector of selectors)
      expect(selector.trim()).to.match(new RegExp(`^\\.${scopeOf(a.html)}(-figure)?( |:has\\(|$)`));
    expect(a.html).to.contain(`id="${scopeOf(a.html)}-fade-high"`);
  });

  it('defines no customElements, window or document when imported', () => {
    const run = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `await import('estimate-range/static');
         console.log(JSON.stringify([typeof customElements, typeof window, typeof document, typeof HTMLElement]));`,
      ],
      { encoding: 'utf8' },
    );
    expect(run.stderr).to.equal('');
    expect(JSON.parse(run.stdout)).to.deep.equal(['undefined', 'undefined', 'undefined', 'undefined']);
  });
});
