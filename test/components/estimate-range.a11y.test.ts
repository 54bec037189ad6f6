import { expect } from '@esm-bundle/chai';
import { isChromium } from '../helpers/until.js';
import { html } from 'lit';
import { a11ySnapshot, emulateMedia } from '@web/test-runner-commands';
import 'axe-core/axe.min.js';
import { storyEntries } from '../../stories/all-stories.js';
import { seedAll, seedCasualties, seedDeaths } from '../fixtures/seed-figures.js';
import { cleanup, drawn, mount, mountStory, optionOf, rows } from '../helpers/chart.js';

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
  it('exposes the chart as a figure named by its title, with an option per row named in words', async function () {
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
    // The row a reader arrives on by Tab is described by what the chart shows and how to move
    // (Chartability: interaction cues); the other rows are not, so that it is said once.
    const [first, second] = rows(chart);
    const intro = optionOf(first).getAttribute('aria-description');
    expect(intro).to.equal(
      'Russian military deaths: 2 estimates. Arrow keys move between figures, Home and End jump to the first and last, Enter reads the details, Escape hides them.',
    );
    expect(optionOf(second).hasAttribute('aria-description')).to.equal(false);
    // The data can be taken away as a file.
    const download = chart.shadowRoot!.querySelector<HTMLAnchorElement>('[part="download"]')!;
    expect(download.textContent).to.equal('Download data (CSV)');
    expect(download.download).to.equal('figures.csv');
    const table = chart.shadowRoot!.querySelector('table') as Computed;
    expect(table.computedRole).to.equal('table');
    expect(table.computedName).to.equal('The figures in this chart');
    const items: string[] = [];
    const walk = (n: Node) => {
      if (n.role === 'option') items.push(n.name);
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

  it('makes each group a listbox named by the group, and says the group in each row of a chart of several', async () => {
    const chart = await mount(html`<estimate-range .estimates=${seedAll}></estimate-range>`);
    const boxes = [...chart.shadowRoot!.querySelectorAll('[role="listbox"]')];
    expect(boxes.map((b) => b.getAttribute('aria-label'))).to.deep.equal([
      'Russian military deaths',
      'Russian casualties (killed, wounded, captured or missing)',
      'People displaced from their homes in Ukraine',
      'Civilian deaths in Kyiv',
    ]);
    expect(boxes.map((b) => b.querySelectorAll('[role="option"]').length)).to.deep.equal([2, 2, 2, 2]);
    // Every option is whole on its own: a listener who skips the group's name still hears what is counted.
    expect(optionOf(rows(chart)[2]).getAttribute('aria-label')).to.equal(
      'An anonymous NATO officer: between 30,000 and 40,000, Russian casualties (killed, wounded, captured or missing), as of March 24, 2022',
    );
    // The only tab stop; no row is a list item any more, and nothing in the plot is "clickable" text.
    expect(chart.shadowRoot!.querySelectorAll('[role="listitem"], [role="list"]').length).to.equal(0);
    expect(rows(chart).filter((r) => optionOf(r).getAttribute('tabindex') === '0').length).to.equal(1);
  });

  it('says a vague figure with its unit in words that read as a sentence, and a range with "to"', async () => {
    const chart = await mount(
      html`<estimate-range .estimates=${seedCasualties} unit="casualties" agreement></estimate-range>`,
    );
    expect(optionOf(rows(chart)[1]).getAttribute('aria-label')).to.equal(
      'British military intelligence: thousands of casualties, as of March 24, 2022',
    );
    // eSpeak NG drops an en dash: "10,000–15,000" was heard as "ten thousand fifteen thousand".
    const deaths = await mount(html`<estimate-range .estimates=${seedDeaths} agreement></estimate-range>`);
    await drawn(deaths);
    expect(deaths.summary).to.contain('All sources agree on 10,000 to 15,000.');
    expect(deaths.summary).to.not.match(/\d–\d/);
  });
});
