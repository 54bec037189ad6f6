// Both elements under `Content-Security-Policy: default-src 'self'; require-trusted-types-for
// 'script'` (no unsafe-inline, no unsafe-eval), from the built CDN file: zero violations reported.
import { expect } from '@esm-bundle/chai';
import { openPage } from './helpers/page.js';

describe('strict Content-Security-Policy with Trusted Types', () => {
  it('draws both charts, opens details, and reports no violation', async () => {
    const page = await openPage(
      '/test/pages/csp.html',
      { width: 600, height: 1400 },
      (doc) =>
        doc.getElementById('table')?.shadowRoot?.querySelectorAll('g.row').length === 2 &&
        (doc.getElementById('timeline')?.shadowRoot?.querySelectorAll('path.band').length ?? 0) > 0,
      'both charts to draw',
    );
    try {
      const win = page.win as Window & { __violations: string[] };
      const doc = page.doc;
      // Open a tooltip (positioned with styles set through the CSSOM) and the fading open range.
      const row = doc.getElementById('table')!.shadowRoot!.querySelectorAll('g.row')[1];
      row.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      await new Promise((r) => setTimeout(r, 100));
      expect((doc.getElementById('table')!.shadowRoot!.querySelector('.tooltip') as HTMLElement).hidden).to.equal(
        false,
      );
      // The probe really listens: a style attribute set by hand is reported.
      expect(win.__violations).to.deep.equal([]);
      const probe = doc.createElement('div');
      probe.setAttribute('style', 'color: red');
      doc.body.append(probe);
      await new Promise((r) => setTimeout(r, 100));
      expect(win.__violations.length).to.equal(1);
    } finally {
      page.close();
    }
  });

  it('makes the PNG and SVG downloads in the page without a violation', async () => {
    const page = await openPage(
      '/test/pages/csp.html',
      { width: 600, height: 1400 },
      (doc) => doc.getElementById('table')?.shadowRoot?.querySelectorAll('g.row').length === 2,
      'the range chart to draw',
    );
    try {
      const win = page.win as Window & typeof globalThis & { __violations: string[] };
      const chart = page.doc.getElementById('table') as HTMLElement & { updateComplete: Promise<boolean> };
      // A download that cannot be made is logged, not thrown: collect the log to say why.
      const errors: string[] = [];
      const log = win.console.error;
      win.console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
      chart.setAttribute('downloads', 'png svg csv');
      await chart.updateComplete;
      for (const format of ['png', 'svg']) {
        const made = new Promise<{ format: string; blob: Blob }>((resolve) =>
          chart.addEventListener(
            'estimate-range-download',
            (e) => {
              e.preventDefault();
              resolve((e as CustomEvent).detail);
            },
            { once: true },
          ),
        );
        chart.shadowRoot!.querySelector<HTMLAnchorElement>(`[data-format="${format}"]`)!.click();
        const failed = new Promise<never>((_, reject) =>
          setTimeout(
            () => reject(new Error(`no ${format}: ${errors.join('; ')} ${win.__violations.join('; ')}`)),
            5000,
          ),
        );
        const { blob } = await Promise.race([made, failed]);
        expect(blob.type).to.equal(format === 'png' ? 'image/png' : 'image/svg+xml');
        expect(blob.size).to.be.greaterThan(1000);
      }
      await new Promise((r) => setTimeout(r, 100));
      expect(win.__violations).to.deep.equal([]);
      expect(errors).to.deep.equal([]);
      win.console.error = log;
    } finally {
      page.close();
    }
  });
});
