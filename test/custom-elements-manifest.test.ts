// dist/custom-elements.json (built by `npm test` first) documents what the element really has.
import { expect } from '@esm-bundle/chai';
import { EstimateRange } from '../src/components/estimate-range.js';
import { EstimateTimeline } from '../src/components/estimate-timeline.js';
import { cleanup, mountStory, shadow } from './helpers/chart.js';

afterEach(cleanup);

type Declaration = {
  tagName?: string;
  attributes?: { name: string }[];
  cssParts?: { name: string }[];
  cssProperties?: { name: string }[];
};

async function declaration(tag: string): Promise<Declaration> {
  const manifest = await (await fetch('/dist/custom-elements.json')).json();
  const found = manifest.modules
    .flatMap((m: { declarations?: Declaration[] }) => m.declarations ?? [])
    .find((d: Declaration) => d.tagName === tag);
  if (!found) throw new Error(`${tag} is not in the manifest`);
  return found;
}

describe('custom-elements.json', () => {
  for (const [tag, element] of [
    ['estimate-range', EstimateRange],
    ['estimate-timeline', EstimateTimeline],
  ] as const) {
    it(`lists every attribute <${tag}> observes`, async () => {
      const d = await declaration(tag);
      const documented = new Set(d.attributes!.map((a) => a.name));
      for (const attribute of (element as unknown as { observedAttributes: string[] }).observedAttributes) {
        expect(documented.has(attribute), attribute).to.equal(true);
      }
    });
  }

  it('lists every part <estimate-timeline> renders', async () => {
    const d = await declaration('estimate-timeline');
    const documented = new Set(d.cssParts!.map((p) => p.name));
    const rendered = new Set<string>();
    for (const story of ['timeline--sources-over-months', 'timeline--fan-chart', 'timeline--two-series']) {
      const chart = await mountStory(story, 375);
      const svg = shadow(chart).querySelector('svg.plot') as SVGSVGElement;
      svg.focus();
      await chart.updateComplete;
      for (const el of shadow(chart).querySelectorAll('[part]'))
        for (const p of el.getAttribute('part')!.split(/\s+/)) rendered.add(p);
    }
    expect(rendered.size).to.be.greaterThan(10);
    expect([...rendered].filter((p) => !documented.has(p))).to.deep.equal([]);
  });

  it('lists every part <estimate-range> renders', async () => {
    const d = await declaration('estimate-range');
    const documented = new Set(d.cssParts!.map((p) => p.name));
    const rendered = new Set<string>();
    for (const story of [
      'seed-figures--all-seed-figures',
      'intervals--nested-intervals',
      'intervals--open-ranges',
      'edge-cases--with-errors',
    ]) {
      const chart = await mountStory(story);
      for (const el of shadow(chart).querySelectorAll('[part]'))
        for (const p of el.getAttribute('part')!.split(/\s+/)) rendered.add(p);
    }
    expect([...rendered].filter((p) => !documented.has(p))).to.deep.equal([]);
  });

  for (const [tag, element] of [
    ['estimate-range', EstimateRange],
    ['estimate-timeline', EstimateTimeline],
  ] as const) {
    it(`lists every custom property <${tag}>'s styles read, and none they do not`, async () => {
      const d = await declaration(tag);
      const documented = new Set(d.cssProperties!.map((p) => p.name));
      const css = (element as unknown as { elementStyles: CSSStyleSheet[] | { cssText: string }[] }).elementStyles
        .map((s) =>
          'cssText' in s ? s.cssText : Array.from((s as CSSStyleSheet).cssRules, (r) => r.cssText).join('\n'),
        )
        .join('\n');
      const used = new Set(css.match(/--estimate-range-[a-z0-9-]*[a-z0-9]/g));
      expect(used.size).to.be.greaterThan(10);
      expect(
        [...used].filter((p) => !documented.has(p)),
        'used but not documented',
      ).to.deep.equal([]);
      expect(
        [...documented].filter((p) => !used.has(p)),
        'documented but not used',
      ).to.deep.equal([]);
    });
  }
});

describe('the manifest as shipped', () => {
  it('points every path and module reference at a built module the package has', async () => {
    const manifest = await (await fetch('/dist/custom-elements.json')).json();
    const references = new Set<string>();
    const visit = (node: unknown): void => {
      if (Array.isArray(node)) node.forEach(visit);
      else if (node && typeof node === 'object')
        for (const [key, value] of Object.entries(node)) {
          if ((key === 'path' || key === 'module') && typeof value === 'string') references.add(value);
          else visit(value);
        }
    };
    visit(manifest.modules);
    expect(references.size).to.be.greaterThan(5);
    for (const reference of references) {
      expect(reference, reference).to.match(/^dist\/.+\.js$/);
      expect((await fetch(`/${reference}`)).status, reference).to.equal(200);
    }
  });
});
