// The CMS path: a page that loads only dist/embed/estimate-range.js, or the one file
// dist/estimate-range.min.js (both built by `npm test` first).
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

/** The embed build's test page, once its range chart is drawn. */
function openEmbedPage() {
  return openPage(
    '/test/pages/embed-timeline.html',
    { width: 640, height: 800 },
    (doc) => !!doc.querySelector('estimate-range')?.shadowRoot?.querySelector('svg.plot'),
    'the range chart',
  );
}

/** The names of the files a page has fetched so far. */
function chunksFetched(win: Window): string[] {
  return win.performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname.split('/').pop() ?? '');
}

describe('dist/embed/estimate-range.js', () => {
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

  it('loads the timeline only when the page first uses it', async () => {
    const page = await openEmbedPage();
    try {
      const fetched = (prefix: string) => chunksFetched(page.win).filter((f) => f.startsWith(prefix));
      expect(page.win.customElements.get('estimate-timeline')).to.equal(undefined);
      expect(fetched('estimate-timeline')).to.deep.equal([]);
      const timeline = page.doc.createElement('estimate-timeline') as HTMLElement & { estimates: unknown[] };
      timeline.estimates = [
        { group: 'Refugees from Ukraine', date: '2022-03-03', value: 1000000 },
        { group: 'Refugees from Ukraine', date: '2022-03-08', value: 2000000 },
      ];
      page.doc.body.append(timeline);
      await page.win.customElements.whenDefined('estimate-timeline');
      expect(fetched('estimate-timeline')).to.have.length(1);
      await (timeline as unknown as { updateComplete: Promise<unknown> }).updateComplete;
      expect(timeline.shadowRoot?.querySelector('svg.plot')).to.not.equal(null);
    } finally {
      page.close();
    }
  });

  it('loads a language the first time a chart is drawn in it, and draws in it from the start', async () => {
    const page = await openEmbedPage();
    try {
      const fetched = (prefix: string) => chunksFetched(page.win).filter((f) => f.startsWith(prefix));
      expect(fetched('messages-uk')).to.deep.equal([]);
      const chart = page.doc.createElement('estimate-range') as HTMLElement & {
        estimates: unknown[];
        updateComplete: Promise<unknown>;
      };
      chart.setAttribute('locale', 'uk');
      chart.estimates = [{ label: 'ООН', estimate: '3.5 million' }];
      page.doc.body.append(chart);
      // The row's spoken name as first drawn: the chart waits for its words rather than speaking English.
      const firstName = new Promise<string | null>((resolve) => {
        const observer = new MutationObserver(() => {
          const row = chart.shadowRoot!.querySelector('.row');
          if (!row) return;
          observer.disconnect();
          resolve(row.getAttribute('aria-label'));
        });
        observer.observe(chart.shadowRoot!, { childList: true, subtree: true });
      });
      await chart.updateComplete;
      expect(fetched('messages-uk')).to.have.length(1);
      const name = await firstName;
      expect(name)
        .to.match(/^ООН: /)
        .and.not.match(/million/);
      expect(name?.slice(5)).to.match(/[а-яіїєґ]/);
    } finally {
      page.close();
    }
  });
});

describe('dist/estimate-range.min.js', () => {
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
