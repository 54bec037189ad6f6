// The CMS path: a page that loads only dist/estimate-range.min.js (built by `npm test` first).
import { expect } from '@esm-bundle/chai';

describe('dist/estimate-range.min.js', () => {
  it('draws the embed page\'s inline table with no build step', async () => {
    const frame = document.createElement('iframe');
    frame.style.width = '375px';
    frame.style.height = '800px';
    frame.src = '/stories/embed.html';
    document.body.append(frame);
    try {
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      const doc = frame.contentDocument!;
      const start = performance.now();
      let rows: NodeListOf<Element> | undefined;
      while (performance.now() - start < 5000) {
        rows = doc.querySelector('estimate-range')?.shadowRoot?.querySelectorAll('g.row');
        if (rows?.length) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(rows?.length).to.equal(2);
      expect(Array.from(rows!, (r) => r.getAttribute('aria-label'))).to.deep.equal([
        'Ukrainian authorities: between 10,000 and 15,000 Russian troops killed, as of March 24, 2022',
        'A NATO source: between 7,000 and 15,000 Russian troops killed, as of March 24, 2022',
      ]);
    } finally {
      frame.remove();
    }
  });

  it('exports parseEstimate, and loading it twice does no harm', async () => {
    const url = '/dist/estimate-range.min.js';
    const first = await import(/* @vite-ignore */ url);
    const second = await import(/* @vite-ignore */ `${url}?copy=2`);
    expect(first.parseEstimate('10-15,000')).to.deep.include({ ok: true, kind: 'range', low: 10000, high: 15000 });
    expect(second.EstimateRange).to.be.a('function');
    expect(customElements.get('estimate-range')).to.equal(first.EstimateRange);
  });
});
