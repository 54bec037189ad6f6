// No layout shift: an article whose charts carry their data inline must not jump as they draw.
import { expect } from '@esm-bundle/chai';
import { openPage } from './helpers/page.js';
import { isChromium } from './helpers/until.js';

describe('layout shift', () => {
  it('an article with inline-data charts has a Cumulative Layout Shift of 0', async function () {
    if (!isChromium()) this.skip(); // layout-shift entries are Chromium's
    const page = await openPage(
      '/test/pages/cls.html',
      { width: 400, height: 1600 },
      (doc) => doc.querySelector('estimate-timeline')?.shadowRoot?.querySelector('svg.plot') != null,
      'the timeline to draw',
    );
    try {
      const win = page.win as Window & { __cls: number; __shifts: number[] };
      const doc = page.doc;
      // Time for a late shift to be recorded, if there were one.
      await new Promise((r) => setTimeout(r, 300));
      expect(doc.querySelector('estimate-range')!.shadowRoot!.querySelector('svg.plot')).to.not.equal(null);
      // On failure, say what moved and where.
      expect(win.__shifts, JSON.stringify((win as unknown as { __sources?: string[] }).__sources)).to.deep.equal([]);
      expect(win.__cls).to.equal(0);
    } finally {
      page.close();
    }
  });
});
