// Both elements under `Content-Security-Policy: default-src 'self'; require-trusted-types-for
// 'script'` (no unsafe-inline, no unsafe-eval), from the built CDN file: zero violations reported.
import { expect } from '@esm-bundle/chai';

describe('strict Content-Security-Policy with Trusted Types', () => {
  it('draws both charts, opens details, and reports no violation', async () => {
    const frame = document.createElement('iframe');
    frame.style.width = '600px';
    frame.style.height = '1400px';
    frame.src = '/test/pages/csp.html';
    document.body.append(frame);
    try {
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      const win = frame.contentWindow as Window & { __violations: string[] };
      const doc = frame.contentDocument!;
      const start = performance.now();
      const ready = () =>
        doc.getElementById('table')?.shadowRoot?.querySelectorAll('g.row').length === 2 &&
        (doc.getElementById('timeline')?.shadowRoot?.querySelectorAll('path.band').length ?? 0) > 0;
      while (!ready() && performance.now() - start < 5000) await new Promise((r) => setTimeout(r, 50));
      expect(ready(), 'both charts drawn').to.equal(true);
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
      frame.remove();
    }
  });
});
