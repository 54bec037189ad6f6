import { expect } from '@esm-bundle/chai';
import { isChromium } from '../helpers/until.js';
import { html } from 'lit';
import { a11ySnapshot, emulateMedia } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import { storyEntries } from '../../stories/all-stories.js';
import { seedDeaths } from '../fixtures/seed-figures.js';
import { cleanup, drawn, mount, mountStory, rows } from '../helpers/chart.js';

type Axe = {
  run: (
    context: Element,
    options: object,
  ) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }>;
};
const axe = (window as unknown as { axe: Axe }).axe;

afterEach(cleanup);

describe('accessibility: axe-core on every story', () => {
  for (const scheme of ['light', 'dark'] as const) {
    for (const entry of storyEntries) {
      it(`${entry.id} has no axe violations (${scheme})`, async () => {
        // theme="dark" applies the same colours as prefers-color-scheme (tested below), and works in
        // every engine, where media emulation needs Chromium's DevTools protocol.
        const chart = await mountStory(entry.id, 600);
        if (scheme === 'dark' && !chart.theme) chart.theme = 'dark';
        await drawn(chart);
        const result = await axe.run(chart.parentElement!, { resultTypes: ['violations'] });
        expect(result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`)).to.deep.equal(
          [],
        );
      });
    }
  }
});

describe('accessibility: colour schemes', () => {
  it('follows prefers-color-scheme: dark with the same colours as theme="dark", unless theme="light"', async function () {
    if (!isChromium()) this.skip();
    const forced = await mount(html`<estimate-range theme="dark" .estimates=${seedDeaths}></estimate-range>`);
    const darkBackground = getComputedStyle(forced).backgroundColor;
    await emulateMedia({ colorScheme: 'dark' });
    try {
      const followed = await mount(html`<estimate-range .estimates=${seedDeaths}></estimate-range>`);
      expect(getComputedStyle(followed).backgroundColor).to.equal(darkBackground);
      const light = await mount(html`<estimate-range theme="light" .estimates=${seedDeaths}></estimate-range>`);
      expect(getComputedStyle(light).backgroundColor).to.equal('rgb(255, 255, 255)');
    } finally {
      await emulateMedia({ colorScheme: 'light' });
    }
  });
});

describe('accessibility: what a screen reader gets', () => {
  it('exposes the chart as a figure named by its title, with a list item per row named in words', async function () {
    // The accessibility snapshot command exists for Chromium's DevTools protocol only.
    if (!isChromium()) this.skip();
    const chart = await mount(
      html`<estimate-range id="a11y-chart" .estimates=${seedDeaths}><span slot="title">Russian military deaths</span></estimate-range>`,
    );
    expect(rows(chart).length).to.equal(2);
    type Node = { role: string; name: string; children?: Node[] };
    const snapshot = (await a11ySnapshot({})) as unknown as Node;
    // Puppeteer's snapshot keeps only "interesting" nodes (named or focusable leaves), so the
    // figure and the table are read through Chromium's computed accessibility info instead.
    type Computed = Element & { computedRole?: string; computedName?: string };
    const figure = chart.shadowRoot!.querySelector('figure') as Computed;
    expect(figure.computedRole).to.equal('figure');
    expect(figure.computedName).to.equal('Russian military deaths');
    // Described by the generated summary, which is in the tree (visually hidden) at all times.
    const describedBy = figure.getAttribute('aria-describedby')!.split(' ');
    const summary = describedBy.map((id) => chart.shadowRoot!.getElementById(id)?.textContent).join(' ');
    expect(summary).to.contain(
      'Estimates run from 7,000 (A NATO source) to 15,000 (Ukrainian authorities and A NATO source).',
    );
    expect(chart.summary).to.equal(chart.shadowRoot!.getElementById('summary')!.textContent);
    // The keyboard instructions are the chart's description (Chartability: interaction cues).
    const svg = chart.shadowRoot!.querySelector('svg.plot')!;
    expect(chart.shadowRoot!.getElementById(svg.getAttribute('aria-describedby')!)!.textContent).to.match(
      /^Arrow keys move between figures/,
    );
    // The data can be taken away as a file.
    const download = chart.shadowRoot!.querySelector<HTMLAnchorElement>('[part="download"]')!;
    expect(download.textContent).to.equal('Download data (CSV)');
    expect(download.download).to.equal('figures.csv');
    const table = chart.shadowRoot!.querySelector('table') as Computed;
    expect(table.computedRole).to.equal('table');
    expect(table.computedName).to.equal('The figures in this chart');
    const items: string[] = [];
    const walk = (n: Node) => {
      if (n.role === 'listitem') items.push(n.name);
      n.children?.forEach(walk);
    };
    walk(snapshot);
    expect(items).to.deep.equal([
      'Ukrainian authorities: between 10,000 and 15,000, as of March 24, 2022',
      'A NATO source: between 7,000 and 15,000, as of March 24, 2022',
    ]);
    // Only the row names are spoken from the SVG: no tick or label text leaks into the tree.
    const texts: string[] = [];
    const collect = (n: Node) => {
      if (n.role === 'StaticText') texts.push(n.name);
      n.children?.forEach(collect);
    };
    collect(snapshot);
    expect(texts).not.to.include('10,000–15,000');
    expect(texts).not.to.include('14,000');
    // The summary and table are there for a screen reader without pressing "Show data".
    expect(texts.some((t) => t.startsWith('Russian military deaths: 2 estimates.'))).to.equal(true);
  });
});
