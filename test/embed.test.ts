// The CMS path: a page that loads only dist/estimate-range.min.js (built by `npm test` first).
import { expect } from '@esm-bundle/chai';
import { openPage } from './helpers/page.js';
import { EstimateRange } from '../src/components/estimate-range.js';
import { EstimateTimeline } from '../src/components/estimate-timeline.js';

/** Every rule's selector or condition, nested rules included, as the browser parsed them. */
function ruleOutline(styles: ReadonlyArray<unknown>): string[] {
  const outline: string[] = [];
  const walk = (rules: CSSRuleList) => {
    for (const rule of rules) {
      if (rule instanceof CSSStyleRule) outline.push(`${rule.selectorText} {${rule.style.length}}`);
      else if (rule instanceof CSSMediaRule) outline.push(`@media ${rule.conditionText}`);
      else outline.push(rule.constructor.name);
      if ('cssRules' in rule) walk((rule as CSSGroupingRule).cssRules);
    }
  };
  for (const s of styles) walk(((s as { styleSheet?: CSSStyleSheet }).styleSheet ?? (s as CSSStyleSheet)).cssRules);
  return outline;
}

describe('dist/estimate-range.min.js', () => {
  it("draws the embed page's inline table with no build step", async () => {
    const rowsOf = (doc: Document) =>
      doc.querySelector('estimate-range')?.shadowRoot?.querySelectorAll('g.row[role="option"]');
    const page = await openPage(
      '/stories/embed.html',
      { width: 375, height: 800 },
      (doc) => !!rowsOf(doc)?.length,
      'the rows',
    );
    try {
      const rows = rowsOf(page.doc)!;
      expect(rows.length).to.equal(2);
      expect(Array.from(rows, (r) => r.getAttribute('aria-label'))).to.deep.equal([
        'Ukrainian authorities: between 10,000 and 15,000 Russian troops killed, as of March 24, 2022',
        'A NATO source: between 7,000 and 15,000 Russian troops killed, as of March 24, 2022',
      ]);
    } finally {
      page.close();
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

  it('has the same style rules as the source, after its stylesheets are minified', async () => {
    const url = '/dist/estimate-range.min.js';
    const bundle = await import(/* @vite-ignore */ url);
    for (const [source, built] of [
      [EstimateRange, bundle.EstimateRange],
      [EstimateTimeline, bundle.EstimateTimeline],
    ]) {
      // The source classes are not registered here; finalizing reads their styles as registering does.
      (source as unknown as { finalize(): void }).finalize();
      const expected = ruleOutline(source.elementStyles);
      expect(expected.length).to.be.greaterThan(20);
      expect(ruleOutline(built.elementStyles)).to.deep.equal(expected);
    }
  });
});
