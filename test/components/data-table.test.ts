// The data table under every chart: "Show data", the CSV download, the row limit, and links from an
// inline table, as a reader meets them.
import { expect } from '@esm-bundle/chai';
import { html } from 'lit';
import { seedAll, seedDeaths } from '../fixtures/seed-figures.js';
import { cleanup, drawn, mount, shadow } from '../helpers/chart.js';
import { until } from '../helpers/until.js';
import { TABLE_ROWS } from '../../src/components/data-table.js';

afterEach(cleanup);

const isShown = (el: Element) =>
  el.getBoundingClientRect().height > 1 && getComputedStyle(el).clip !== 'rect(0px, 0px, 0px, 0px)';

describe('the data table', () => {
  it('"Show data" shows the table and says so in aria-expanded; "Hide data" hides it again', async () => {
    const chart = await mount(html`<estimate-range .estimates=${seedDeaths}></estimate-range>`, 640);
    const root = shadow(chart);
    const toggle = root.querySelector<HTMLButtonElement>('[part="data-toggle"]')!;
    const wrap = () => root.querySelector('table')!.parentElement!;
    expect(toggle.textContent).to.equal('Show data');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(isShown(wrap())).to.equal(false);
    // Hidden to sight, not to screen readers: the rows are there.
    expect(root.querySelectorAll('tbody tr').length).to.equal(seedDeaths.length);
    toggle.click();
    await chart.updateComplete;
    expect(toggle.textContent).to.equal('Hide data');
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(isShown(wrap())).to.equal(true);
    expect(root.querySelector('tbody tr th')?.textContent).to.contain(seedDeaths[0].label);
    toggle.click();
    await chart.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(isShown(wrap())).to.equal(false);
  });

  it('has a column for dates, sources and notes only when some figure has one', async () => {
    const headers = (chart: HTMLElement) =>
      Array.from(shadow(chart).querySelectorAll('thead th'), (th) => th.textContent);
    const cells = (chart: HTMLElement) =>
      Array.from(shadow(chart).querySelectorAll('tbody tr'), (tr) =>
        Array.from(tr.children, (c) => c.textContent?.trim()),
      );
    const bare = await mount(
      html`<estimate-range .estimates=${[
        { label: 'A', low: 1, high: 2 },
        { label: 'B', value: 3 },
      ]}></estimate-range>`,
    );
    await bare.updateComplete;
    expect(headers(bare)).to.deep.equal(['Who or what', 'Figure']);
    expect(cells(bare)).to.deep.equal([
      ['A', 'between 1 and 2'],
      ['B', '3'],
    ]);
    const noted = await mount(
      html`<estimate-range .estimates=${[
        { label: 'A', low: 1, high: 2, note: 'Rounded.' },
        { label: 'B', value: 3 },
      ]}></estimate-range>`,
    );
    await noted.updateComplete;
    expect(headers(noted)).to.deep.equal(['Who or what', 'Figure', 'Note']);
    expect(cells(noted)[1]).to.deep.equal(['B', '3', '']);
    const seed = await mount(html`<estimate-range .estimates=${seedAll}></estimate-range>`);
    await seed.updateComplete;
    expect(headers(seed)).to.deep.equal(['Who or what', 'Figure', 'Date', 'Source', 'Note']);
  });

  it('the CSV link downloads every figure on click, and releases the file afterwards', async () => {
    const chart = await mount(html`<estimate-range .estimates=${seedDeaths}></estimate-range>`, 640);
    const link = shadow(chart).querySelector<HTMLAnchorElement>('[part="download"]')!;
    expect(link.getAttribute('download')).to.equal('figures.csv');
    // The test keeps the browser from saving the file; the chart's own handler runs first.
    const noSave = (e: Event) => e.preventDefault();
    document.addEventListener('click', noSave);
    try {
      link.click();
      expect(link.href).to.match(/^blob:/);
      const csv = await (await fetch(link.href)).text();
      const lines = csv.trim().split(/\r?\n/);
      expect(lines.length).to.equal(seedDeaths.length + 1);
      expect(lines[0]).to.contain('label');
      expect(csv).to.contain('Ukrainian authorities');
      const blob = link.href;
      await until(() => link.getAttribute('href') === '#', 'the link to be reset', 2000);
      let released = false;
      await fetch(blob).catch(() => (released = true));
      expect(released, 'the blob URL is revoked').to.equal(true);
    } finally {
      document.removeEventListener('click', noSave);
    }
  });

  it(`shows the first ${TABLE_ROWS} figures and says how many more are in the download`, async () => {
    const many = Array.from({ length: TABLE_ROWS + 7 }, (_, i) => ({ label: `Source ${i + 1}`, value: i + 1 }));
    const chart = await mount(html`<estimate-range .estimates=${many}></estimate-range>`, 640);
    await drawn(chart, 20000);
    const root = shadow(chart);
    expect(root.querySelectorAll('tbody tr').length).to.equal(TABLE_ROWS);
    expect(root.querySelector('.table-more')?.textContent).to.equal(
      `The table shows the first ${TABLE_ROWS} figures; 7 more are in the CSV download.`,
    );
  });

  it('has no "more rows" note when every figure is in the table', async () => {
    const chart = await mount(html`<estimate-range .estimates=${seedDeaths}></estimate-range>`, 640);
    expect(shadow(chart).querySelector('.table-more')).to.equal(null);
  });

  it('takes a source link from an inline table cell, and keeps only safe ones', async () => {
    const chart = await mount(
      html`<estimate-range>
      <table>
        <tr><th>Source</th><th>Estimate</th></tr>
        <tr><td><a href="https://example.org/report">Ukrainian authorities</a></td><td>10-15,000</td></tr>
        <tr><td><a href="javascript:alert(1)">A NATO source</a></td><td>7,000 to 15,000</td></tr>
      </table>
    </estimate-range>`,
      640,
    );
    expect(chart.figures.map((f) => [f.label, f.url])).to.deep.equal([
      ['Ukrainian authorities', 'https://example.org/report'],
      ['A NATO source', undefined],
    ]);
    const links = Array.from(shadow(chart).querySelectorAll<HTMLAnchorElement>('tbody a'), (a) =>
      a.getAttribute('href'),
    );
    expect(links).to.deep.equal(['https://example.org/report']);
  });
});
