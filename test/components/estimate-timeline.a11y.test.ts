import { expect } from '@esm-bundle/chai';
import { html, type TemplateResult } from 'lit';
import { a11ySnapshot, executeServerCommand } from '@web/test-runner-commands';
import type { EstimateTimeline } from '../../src/components/estimate-timeline.js';
import { deathEstimates, internallyDisplaced, refugees } from '../fixtures/ukraine-timeline.js';
import { contrast } from '../helpers/contrast.js';
import { cleanup, mount as mountChart, overlappingTexts } from '../helpers/chart.js';
import { isChromium } from '../helpers/until.js';
import '../../src/estimate-timeline.js';

afterEach(cleanup);

async function mount(template: TemplateResult, width = 600): Promise<EstimateTimeline> {
  return mountChart<EstimateTimeline>(template, width);
}

const figures = [
  ...refugees,
  ...internallyDisplaced,
  ...deathEstimates.map((f) => ({ ...f, group: 'Refugees from Ukraine' })),
];

describe('accessibility: <estimate-timeline>', () => {
  it('is a figure named by its title, described by its summary, with its keys and a table in the tree', async function () {
    if (!isChromium()) this.skip();
    const chart = await mount(
      html`<estimate-timeline id="tl" locale="en-GB" .estimates=${[...refugees, ...internallyDisplaced]}><span slot="title">Forced from home</span></estimate-timeline>`,
    );
    type Computed = Element & { computedRole?: string; computedName?: string };
    const root = chart.shadowRoot!;
    const figure = root.querySelector('figure') as Computed;
    expect(figure.computedName).to.equal('Forced from home');
    const summary = figure
      .getAttribute('aria-describedby')!
      .split(' ')
      .map((id) => root.getElementById(id)?.textContent)
      .join(' ');
    expect(summary).to.contain('Refugees from Ukraine rose from 0 on 24 February 2022 to 4 million on 30 March 2022.');
    expect(summary).to.contain(
      'Displaced within Ukraine rose from 6.48 million on 16 March 2022 to 8 million on 3 May 2022.',
    );
    const svg = root.querySelector('svg.plot')!;
    expect(svg.getAttribute('tabindex')).to.equal('0');
    expect((svg as unknown as Computed).computedRole).to.equal('slider');
    // Said once on arrival, after the slider's name and value: what the chart shows and its keys.
    expect(svg.getAttribute('aria-description')).to.match(
      /^Refugees from Ukraine rose from 0 on 24 February 2022 to 4 million on 30 March 2022\. Left and right arrow keys move between dates/,
    );
    type Node = { role: string; name: string; children?: Node[] };
    const snapshot = (await a11ySnapshot({})) as unknown as Node;
    const texts: string[] = [];
    const walk = (n: Node) => {
      texts.push(n.name);
      n.children?.forEach(walk);
    };
    walk(snapshot);
    expect(texts).to.include('Displaced within Ukraine: 16 Mar 2022');
    // Tick labels and series labels are hidden from the tree: the table and summary say it once.
    expect(texts).not.to.include('Mar 2022');
    expect((root.querySelector('table') as Computed).computedName).to.equal('The figures in this chart');
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`sets its text at 4.5:1 and its lines and marks at 3:1 (${theme})`, async () => {
      const chart = await mount(
        html`<estimate-timeline theme=${theme} .estimates=${figures} unit="people"><time datetime="2022-02-24">Invasion begins</time></estimate-timeline>`,
        960,
      );
      const root = chart.shadowRoot!;
      const background = getComputedStyle(chart).backgroundColor;
      const texts = Array.from(root.querySelectorAll<SVGTextElement>('svg text'));
      expect(texts.length).to.be.greaterThan(10);
      for (const t of texts)
        expect(contrast(getComputedStyle(t).fill, background), t.textContent ?? '').to.be.at.least(4.5);
      for (const line of root.querySelectorAll<SVGPathElement>('path.series-line'))
        expect(contrast(getComputedStyle(line).stroke, background)).to.be.at.least(3);
      for (const mark of root.querySelectorAll<SVGElement>('.source-range, .source-mark circle')) {
        const style = getComputedStyle(mark);
        expect(contrast(mark.tagName === 'circle' ? style.fill : style.stroke, background)).to.be.at.least(3);
      }
    });
  }

  it('takes WCAG 1.4.12 text spacing and 200 % text without overlapping text', async () => {
    const style = document.createElement('style');
    style.textContent = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }`;
    document.head.append(style);
    try {
      for (const width of [320, 960]) {
        const chart = await mount(
          html`<estimate-timeline .estimates=${figures}><time datetime="2022-02-24">Invasion begins</time></estimate-timeline>`,
          width,
        );
        expect(overlappingTexts(chart), `at ${width}`).to.deep.equal([]);
      }
    } finally {
      style.remove();
    }
    const big = await mount(
      html`<estimate-timeline style="--estimate-range-font-size: 30px" .estimates=${figures}></estimate-timeline>`,
      320,
    );
    expect(overlappingTexts(big)).to.deep.equal([]);
  });

  it('keeps its lines and marks visible in forced colours', async function () {
    if (!isChromium()) this.skip();
    await executeServerCommand('media-features', [{ name: 'forced-colors', value: 'active' }]);
    try {
      const chart = await mount(html`<estimate-timeline .estimates=${figures}></estimate-timeline>`);
      const root = chart.shadowRoot!;
      const background = getComputedStyle(chart).backgroundColor;
      for (const line of root.querySelectorAll<SVGPathElement>('path.series-line')) {
        expect(getComputedStyle(line).stroke).not.to.equal(background);
        expect(getComputedStyle(line).stroke).not.to.equal('none');
      }
      expect(getComputedStyle(root.querySelector('.source-mark circle')!).fill).not.to.equal(background);
    } finally {
      await executeServerCommand('media-features', [{ name: 'forced-colors', value: '' }]);
    }
  });
});
