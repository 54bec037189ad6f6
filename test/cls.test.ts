// No layout shift: an article whose charts carry their data inline must not jump as they draw.
import { expect } from '@esm-bundle/chai';
import { isChromium } from './helpers/until.js';

describe('layout shift', () => {
  it('an article with inline-data charts has a Cumulative Layout Shift of 0', async function () {
    if (!isChromium()) this.skip(); // layout-shift entries are Chromium's
    const frame = document.createElement('iframe');
    frame.style.width = '400px';
    frame.style.height = '1600px';
    frame.src = '/test/pages/cls.html';
    document.body.append(frame);
    try {
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      const win = frame.contentWindow as Window & { __cls: number; __shifts: number[] };
      const doc = frame.contentDocument!;
      const start = performance.now();
      while (
        performance.now() - start < 5000 &&
        !doc.querySelector('estimate-timeline')?.shadowRoot?.querySelector('svg.plot')
      )
        await new Promise((r) => setTimeout(r, 20));
      await new Promise((r) => setTimeout(r, 300));
      expect(doc.querySelector('estimate-range')!.shadowRoot!.querySelector('svg.plot')).to.not.equal(null);
      // On failure, say what moved and where.
      expect(win.__shifts, JSON.stringify((win as unknown as { __sources?: string[] }).__sources)).to.deep.equal([]);
      expect(win.__cls).to.equal(0);
    } finally {
      frame.remove();
    }
  });
});
