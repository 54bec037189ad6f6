import { expect } from '@esm-bundle/chai';
import { html } from 'lit';
import { covidDeaths } from '../fixtures/covid-deaths.js';
import { barsOf, cleanup, drawn, mount, overlappingTexts, rowByLabel, shadow, xOnAxis } from '../helpers/chart.js';

afterEach(cleanup);

/** The dots of a row's quantile dotplot, as the browser lays them out. */
function dotsIn(row: SVGGElement): DOMRect[] {
  const hit = row.querySelector('rect.hit')!;
  const top = Number(hit.getAttribute('y'));
  const bottom = top + Number(hit.getAttribute('height'));
  const path = (row.getRootNode() as ShadowRoot).querySelector<SVGPathElement>('path.distribution-dots');
  if (!path) return [];
  const probe = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  path.ownerSVGElement!.append(probe);
  const boxes = (path.getAttribute('d') ?? '')
    .split(/(?=M)/)
    .filter(Boolean)
    .map((piece) => {
      probe.setAttribute('d', piece);
      return probe.getBBox();
    })
    .filter((b) => b.y + b.height / 2 > top && b.y + b.height / 2 < bottom);
  probe.remove();
  return boxes;
}

describe('<estimate-range display>', () => {
  for (const width of [280, 375, 960]) {
    it(`display="dots" draws 20 dots for each figure that gives a probability, none for a count, at ${width} px`, async () => {
      const chart = await mount(
        html`<estimate-range display="dots" .estimates=${covidDeaths}></estimate-range>`,
        width,
      );
      const lancet = rowByLabel(chart, 'The Lancet: excess deaths');
      const dots = dotsIn(lancet);
      expect(dots).to.have.length(20);
      // Between the interval's ends, as read off the axis.
      for (const d of dots) {
        expect(d.x + d.width / 2).to.be.within(xOnAxis(chart, 17.1e6) - 6, xOnAxis(chart, 19.6e6) + 6);
      }
      expect(barsOf(lancet)).to.deep.equal([]);
      expect(dotsIn(rowByLabel(chart, 'Reported COVID-19 deaths'))).to.deep.equal([]);
      expect(overlappingTexts(chart)).to.deep.equal([]);
    });
  }

  it('says the distribution and its assumption in the name, the details, the table and the summary', async () => {
    const chart = await mount(html`<estimate-range display="gradient" .estimates=${covidDeaths}></estimate-range>`);
    const who = rowByLabel(chart, 'WHO: excess deaths');
    expect(who.getAttribute('aria-label')).to.match(
      /drawn as a distribution, assuming a two-piece normal shape: even odds it lies from 14\.\d million to 15\.\d million/,
    );
    const heads = Array.from(shadow(chart).querySelectorAll('table thead th'), (t) => t.textContent);
    expect(heads).to.include('As a distribution');
    expect(chart.summary).to.contain('Distributions are drawn assuming a normal shape');
    expect(shadow(chart).querySelector('svg.plot text.key-label')?.textContent).to.equal('darker: more likely');
    expect(shadow(chart).querySelectorAll('svg.plot path.distribution').length).to.be.above(3);
    who.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true, pointerType: 'mouse' }));
    await chart.updateComplete;
    const details = shadow(chart).querySelector('.tooltip')!;
    expect(details.textContent).to.contain('Drawn as a distribution');
    // A source given only as a link is named by its site, not spelled out as an address.
    expect(details.textContent).to.contain('Source: irishpost.com');
    expect(details.querySelector('a')?.getAttribute('href')).to.match(/^https:\/\/www\.irishpost\.com\//);
    chart.display = 'bars';
    await drawn(chart);
    expect(rowByLabel(chart, 'WHO: excess deaths').getAttribute('aria-label')).not.to.contain('distribution');
    expect(barsOf(rowByLabel(chart, 'WHO: excess deaths'))).to.have.length(1);
  });
});
