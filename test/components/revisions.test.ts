import { expect } from '@esm-bundle/chai';
import { html } from 'lit';
import { a11ySnapshot } from '@web/test-runner-commands';
import { isChromium } from '../helpers/until.js';
import type { EstimateTimeline } from '../../src/components/estimate-timeline.js';
import { revisedClaims } from '../fixtures/revised-claims.js';
import {
  barsOf,
  cleanup,
  dotOf,
  drawn,
  earlierOf,
  mount,
  mountStory,
  overlappingTexts,
  rowByLabel,
  rows,
  shadow,
  xOnAxis,
} from '../helpers/chart.js';

afterEach(cleanup);

describe('<estimate-range> revisions of a claim', () => {
  for (const width of [280, 375, 960]) {
    it(`draws a source's reports as one row, the earlier figures faint under its bar, with no text overlapping, at ${width} px`, async () => {
      const chart = await mount(html`<estimate-range .estimates=${revisedClaims}></estimate-range>`, width);
      expect(rows(chart)).to.have.length(4);
      const ukraine = rowByLabel(chart, 'Ukraine’s General Staff');
      const dot = dotOf(ukraine)!;
      expect(dot.cx).to.be.closeTo(xOnAxis(chart, 16100), 1.5);
      const rings = earlierOf(ukraine).filter((s) => s.classes.includes('earlier-value'));
      expect(rings.map((r) => Math.round(r.x + r.width / 2))).to.deep.equal(
        [13500, 12000].map((v) => Math.round(xOnAxis(chart, v))),
      );
      // Under the bar: below the latest figure's dot, the older further down.
      expect(rings[0].y).to.be.above(dot.cy);
      expect(rings[1].y).to.be.above(rings[0].y);
      const us = rowByLabel(chart, 'US officials');
      const [line] = earlierOf(us).filter((s) => s.classes.includes('earlier'));
      expect(line.x).to.be.closeTo(xOnAxis(chart, 5000), 2);
      expect(line.x + line.width).to.be.closeTo(xOnAxis(chart, 6000), 2);
      expect(line.y).to.be.above(barsOf(us)[0].y + barsOf(us)[0].height);
      expect(earlierOf(rowByLabel(chart, 'NATO'))).to.deep.equal([]);
      expect(overlappingTexts(chart)).to.deep.equal([]);
    });
  }

  it('says the earlier figures in the row’s name, its details, the table and the summary', async () => {
    const chart = await mount(html`<estimate-range .estimates=${revisedClaims}></estimate-range>`);
    const us = rowByLabel(chart, 'US officials');
    expect(us.getAttribute('aria-label')).to.equal(
      'US officials: at least 7,000, as of March 16, 2022, was between 5,000 and 6,000 on March 9, 2022',
    );
    const table = shadow(chart).querySelector('table')!;
    const headers = Array.from(table.querySelectorAll('thead th'), (th) => th.textContent);
    expect(headers).to.include('Earlier figures');
    const cells = Array.from(table.querySelectorAll('tbody tr'), (tr) =>
      Array.from(tr.children, (c) => c.textContent!.trim()),
    );
    expect(cells).to.have.length(4);
    expect(cells[0].at(-1)).to.equal('12,000 on Mar 9, 2022 and 13,500 on Mar 16, 2022');
    expect(chart.summary).to.contain('3 sources raised their figures since March 2, 2022');
    us.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true, pointerType: 'mouse' }));
    await chart.updateComplete;
    expect(shadow(chart).querySelector('.tooltip')!.textContent).to.contain(
      'Was between 5,000 and 6,000 on March 9, 2022',
    );
    // The accessibility tree as the browser exposes it (a CDP snapshot: Chromium only).
    if (isChromium()) {
      const tree = JSON.stringify(await a11ySnapshot({}));
      expect(tree).to.contain('was 12,000 on March 9, 2022 and 13,500 on March 16, 2022');
    }
  });

  it('revisions="separate" draws a row for each report and says nothing of earlier figures', async () => {
    const chart = await mount(html`<estimate-range revisions="separate" .estimates=${revisedClaims}></estimate-range>`);
    expect(rows(chart)).to.have.length(8);
    expect(shadow(chart).querySelector('[part="earlier"]')).to.equal(null);
    expect(chart.summary).not.to.contain('raised');
    chart.revisions = 'join';
    await drawn(chart);
    expect(rows(chart)).to.have.length(4);
  });

  it('the timeline joins a source’s reports with a step line and names only its latest mark', async () => {
    const chart = await mountStory<EstimateTimeline>('timeline--revised-claims');
    const steps = shadow(chart).querySelectorAll('path.revision-step');
    expect(steps).to.have.length(3);
    const names = Array.from(shadow(chart).querySelectorAll('text.source-label'), (t) => t.textContent);
    expect(names.filter((n) => n === 'Russia’s Ministry of Defence')).to.have.length(1);
    // The step holds the first figure level until the next report: its first segment is horizontal.
    const d = steps[0].getAttribute('d')!;
    expect(d).to.match(/^M[\d.]+,[\d.]+H[\d.]+V[\d.]+/);
    expect(shadow(chart).querySelector('.how-to-read')?.textContent).to.contain('dotted steps');
  });
});
