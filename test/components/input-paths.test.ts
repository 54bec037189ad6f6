import { expect } from '@esm-bundle/chai';
import { html } from 'lit';
import { seedDeaths } from '../fixtures/seed-figures.js';
import type { EstimateRange } from '../../src/components/estimate-range.js';
import type { EstimateRangeErrorEvent } from '../../src/events/estimate-range-error-event.js';
import type { EstimateChartElement } from '../../src/components/estimate-chart-element.js';
import { cleanup, drawn, labelOf, mount, mountStory, rows, shadow } from '../helpers/chart.js';
import { until } from '../helpers/until.js';
import { registerMessages } from '../../src/format/messages.js';

afterEach(cleanup);

function problemsText(chart: EstimateRange): string {
  return shadow(chart).querySelector('[part="problems"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

describe('figures get in', () => {
  it('read as number-locale writes them, and say so when a Ukrainian chart is given "15,000" without it', async () => {
    const figures = [{ label: 'NATO', estimate: '7,000–15,000' }];
    const guessed = await mount(html`<estimate-range locale="uk" .estimates=${figures}></estimate-range>`);
    expect(guessed.figures.map((f) => [f.low, f.high])).to.deep.equal([[7, 15]]);
    expect(guessed.issues.map((i) => [i.severity, i.code, i.row, i.field])).to.deep.equal([
      ['warning', 'read-with-doubt', 1, 'estimate'],
      ['warning', 'read-with-doubt', 1, 'estimate'],
    ]);
    expect(problemsText(guessed)).to.contain('number-locale="en"');
    const told = await mount(
      html`<estimate-range locale="uk" number-locale="en" .estimates=${figures}></estimate-range>`,
    );
    expect(told.figures.map((f) => [f.low, f.high])).to.deep.equal([[7000, 15000]]);
    expect(told.issues).to.deep.equal([]);
    told.numberLocale = 'uk';
    await drawn(told);
    expect(
      told.figures.map((f) => [f.low, f.high]),
      'read again when number-locale changes',
    ).to.deep.equal([[7, 15]]);
    expect(told.issues, 'the author said how they are written: no warning').to.deep.equal([]);
  });

  it('through the estimates property, and follow a new array', async () => {
    const chart = await mount(html`<estimate-range .estimates=${seedDeaths}></estimate-range>`);
    expect(rows(chart).map(labelOf)).to.deep.equal(['Ukrainian authorities', 'A NATO source']);
    chart.estimates = [{ label: 'UN', estimate: '3.5 million' }];
    await drawn(chart);
    expect(rows(chart).map(labelOf)).to.deep.equal(['UN']);
  });

  it('through an inline JSON script, and follow edits to it', async () => {
    const chart = await mountStory('input-paths--inline-json');
    expect(rows(chart).map(labelOf)).to.deep.equal(['An anonymous NATO officer', 'British military intelligence']);
    const script = chart.querySelector('script[type="application/json"]')!;
    script.textContent = '[{"label":"Edited","estimate":"at least 7,000"}]';
    await until(() => rows(chart).map(labelOf).join() === 'Edited', 'the edit');
    expect(shadow(chart).querySelector('.value-label')?.textContent).to.equal('at least 7,000');
  });

  it('through an inline table, labelled by source, and follow edits to a cell', async () => {
    const chart = await mountStory('input-paths--inline-table');
    expect(rows(chart).map(labelOf)).to.deep.equal(['Ukrainian authorities', 'A NATO source']);
    expect(chart.figures[0]).to.include({ low: 10000, high: 15000, text: 'between 10-15,000' });
    const cell = chart.querySelectorAll('tbody tr')[1].children[1];
    cell.textContent = '5,000';
    await until(() => chart.figures[1]?.low === 5000, 'the cell edit');
    const table = chart.querySelector('table')!;
    const row = table.tBodies[0].insertRow();
    row.innerHTML = '<td>Another source</td><td>1,000</td><td>2,000</td><td></td><td>2022-03-25</td>';
    await until(() => rows(chart).length === 3, 'the new row');
  });

  it('through a CSV src', async () => {
    const chart = await mountStory('input-paths--src-csv');
    await until(() => rows(chart).length === 10, 'the CSV');
    expect(labelOf(rows(chart)[0])).to.equal('January 2014');
    expect(chart.figures[0]).to.include({ value: 0.67, low: 0.622, high: 0.717 });
  });

  it('through a JSON src, and follow a new src', async () => {
    const chart = await mountStory('input-paths--src-json');
    await until(() => rows(chart).length === 2, 'the JSON');
    expect(labelOf(rows(chart)[0])).to.equal('Fled to neighbouring countries');
    chart.src = '/stories/data/hadcrut5-january.csv';
    await until(() => rows(chart).length === 10, 'the new src');
  });

  it('aborts a src request when the element leaves the page', async () => {
    const original = window.fetch;
    let signal: AbortSignal | undefined;
    window.fetch = (_input: RequestInfo | URL, init?: RequestInit) => {
      signal = init?.signal ?? undefined;
      return new Promise<Response>(() => {});
    };
    try {
      const container = document.createElement('div');
      document.body.append(container);
      const chart = document.createElement('estimate-range');
      chart.src = '/never.json';
      container.append(chart);
      // The loader comes with the first chart that has a src: the request starts once it is here.
      await until(() => signal !== undefined, 'the request');
      expect(signal?.aborted).to.equal(false);
      chart.remove();
      expect(signal?.aborted).to.equal(true);
      container.remove();
    } finally {
      window.fetch = original;
    }
  });

  it('reports a src that 404s, and one that returns a web page, under the chart', async () => {
    const chart = await mountStory('input-paths--src-missing');
    await until(() => problemsText(chart) !== '', 'the 404');
    expect(problemsText(chart)).to.match(
      /src: could not be loaded from .*does-not-exist\.json: the server answered 404/,
    );
    chart.src = '/stories/index.html';
    await until(() => problemsText(chart).includes('HTML'), 'the HTML report');
    expect(problemsText(chart)).to.contain('is a web page (HTML), not JSON or CSV');
  });

  it('keeps the last good chart when a later src fails, and says so', async () => {
    const chart = await mountStory('input-paths--src-json');
    await until(() => rows(chart).length === 2, 'the JSON');
    chart.src = '/stories/data/gone.json';
    await until(() => problemsText(chart) !== '', 'the failure');
    expect(rows(chart).length).to.equal(2);
    expect(problemsText(chart)).to.contain('the figures shown are from the last successful load');
  });
});

describe('locale', () => {
  it('reads numbers written as text again when the locale changes after the first render', async () => {
    const chart = await mount(
      html`<estimate-range locale="en" .estimates=${[{ label: 'A', value: '1.500' }]}></estimate-range>`,
    );
    expect(chart.figures[0].value).to.equal(1.5);
    chart.locale = 'de';
    await drawn(chart);
    expect(chart.figures[0].value).to.equal(1500);
    expect(shadow(chart).querySelector('[part="data-toggle"]')?.textContent).to.equal('Show data');
  });

  it('takes the nearest lang attribute, and speaks a language added with registerMessages', async () => {
    registerMessages('tlh', { showData: 'Zeig die Daten' });
    const chart = await mount(html`<div lang="tlh"><estimate-range .estimates=${seedDeaths}></estimate-range></div>`);
    expect(chart.resolvedLocale).to.equal('tlh');
    expect(shadow(chart).querySelector('[part="data-toggle"]')?.textContent).to.equal('Zeig die Daten');
    expect(shadow(chart).querySelector('[part="download"]')?.textContent).to.equal('Download data (CSV)');
  });
});

describe('bad input', () => {
  it('draws the valid rows, says how many could not be shown and why, and fires estimate-range-error', async () => {
    const events: EstimateRangeErrorEvent[] = [];
    const record = (e: EstimateRangeErrorEvent) => events.push(e);
    document.addEventListener('estimate-range-error', record);
    const chart = await mountStory('edge-cases--with-errors');
    // Long enough for a second, duplicate event to arrive (there must be none).
    await new Promise((r) => setTimeout(r, 200));
    document.removeEventListener('estimate-range-error', record);
    expect(rows(chart).map(labelOf)).to.deep.equal(['Ukrainian authorities', 'A typo', 'An anonymous NATO officer']);
    const text = problemsText(chart);
    expect(text).to.contain('4 figures could not be shown.');
    expect(text).to.contain('Row 2, low: “15000” is above high (7000).');
    expect(text).to.contain('Row 3, label: is missing');
    expect(text).to.contain('Row 5, estimate: “no idea” has no number in it.');
    expect(text).to.contain('Row 6, date: “24/03/2022” is not a date');
    expect(text).to.contain('hihg: is not a field of the figures contract and was ignored (did you mean “high”?)');
    expect(events.length).to.equal(1);
    expect(events[0].detail.issues).to.deep.equal(chart.issues);
    // The 0.1 names stay, as deprecated aliases of the same lists.
    expect(events[0].detail.errors).to.equal(events[0].detail.issues);
    expect(chart.errors).to.equal(chart.issues);
    expect(chart.errors.filter((e) => e.severity === 'error').map((e) => [e.row, e.field])).to.deep.equal([
      [2, 'low'],
      [3, 'label'],
      [5, 'estimate'],
      [6, 'date'],
    ]);
  });

  it('reports the first problems to a listener added after the element is inserted, in the same task', async () => {
    // What every framework does: properties first, then insertion, then a listener (a ref, onMounted).
    for (const tag of ['estimate-range', 'estimate-timeline']) {
      const chart = document.createElement(tag) as EstimateChartElement;
      chart.estimates = [
        { label: 'A', value: 1, date: '2022-03-01' },
        { label: 'B', value: 'x', date: '2022-03-02' },
      ];
      const container = document.createElement('div');
      document.body.append(container);
      container.append(chart);
      const events: EstimateRangeErrorEvent[] = [];
      chart.addEventListener('estimate-range-error', (e) => events.push(e));
      await chart.updateComplete;
      container.remove();
      expect(
        events.map((e) => e.detail.issues.map((i) => [i.row, i.field])),
        tag,
      ).to.deep.equal([[[2, 'value']]]);
    }
  });

  it('reads an estimates attribute of JSON, and reports one a framework wrote from an array', async () => {
    const good = await mount(html`<estimate-range estimates='[{"label":"A","low":1,"high":2}]'></estimate-range>`);
    expect(good.figures.map((f) => f.label)).to.deep.equal(['A']);
    expect(good.issues).to.deep.equal([]);
    // What React 18 does with an array given as a prop to a custom element.
    const events: EstimateRangeErrorEvent[] = [];
    document.addEventListener('estimate-range-error', (e) => events.push(e), { once: true });
    const react18 = await mount(html`<estimate-range estimates="[object Object],[object Object]"></estimate-range>`);
    expect(react18.figures.length).to.equal(0);
    expect(react18.issues).to.have.length(1);
    expect(react18.issues[0]).to.include({ code: 'estimates-attribute', field: 'estimates', severity: 'error' });
    expect(events[0]?.detail.issues[0].code).to.equal('estimates-attribute');
    expect(problemsText(react18)).to.contain('set the estimates property');
    expect(problemsText(react18)).to.contain('estimate-range/react');
    const broken = await mount(html`<estimate-range estimates="[{label: A}]"></estimate-range>`);
    expect(broken.issues[0].message).to.match(/^is not JSON \(The JSON could not be read: /);
  });

  it('fires estimate-range-error again when the problems are fixed', async () => {
    const chart = await mount(html`<estimate-range .estimates=${[{ label: 'A', value: 'x' }]}></estimate-range>`);
    expect(chart.errors.length).to.equal(1);
    const events: EstimateRangeErrorEvent[] = [];
    chart.addEventListener('estimate-range-error', (e) => events.push(e));
    chart.estimates = [{ label: 'A', value: 1 }];
    await drawn(chart);
    // Problems unchanged (still none) must not be reported again.
    chart.estimates = [{ label: 'A', value: 2 }];
    await drawn(chart);
    await new Promise((r) => setTimeout(r, 100));
    expect(events.map((e) => e.detail.errors)).to.deep.equal([[]]);
    expect(problemsText(chart)).to.equal('');
  });

  it('shows labels, notes and sources from the data as text, never as markup', async () => {
    // Trap every way a payload could announce that it ran.
    const alerts: unknown[] = [];
    const originalAlert = window.alert;
    window.alert = (m?: unknown) => void alerts.push(m);
    const evil =
      '<img src=x onerror="alert(1);window.__pwned=1"><script>alert(2);window.__pwned=1</script>{{constructor.constructor(\'alert(3)\')()}}"><svg onload=alert(4)>';
    const chart = await mount(
      html`<estimate-range .estimates=${[{ label: evil, value: 1, note: evil, source: evil, url: 'javascript:window.__pwned=1' }]}></estimate-range>`,
    );
    // Focus, not a click, opens the details: a click toggles them, and where the test browser's
    // pointer happens to rest over the chart, hovering has opened them already.
    rows(chart)[0].dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await chart.updateComplete;
    expect(shadow(chart).querySelector('img, script')).to.equal(null);
    expect(labelOf(rows(chart)[0])).to.contain('<img src=x');
    expect(shadow(chart).querySelector('.tooltip')?.textContent).to.contain('<script>');
    expect(shadow(chart).querySelector('.tooltip a')).to.equal(null);
    await new Promise((r) => setTimeout(r, 100));
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    expect(alerts).to.deep.equal([]);
    window.alert = originalAlert;
  });

  it('never throws into the page, whatever it is given', async () => {
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.message);
    const onRejection = (e: PromiseRejectionEvent) => errors.push(String(e.reason));
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    try {
      for (const bad of [
        null,
        42,
        'text',
        [null],
        [[]],
        [{ label: 1, value: {} }],
        [{ label: 'A', intervals: 'x' }],
        [{ label: 'A', intervals: [null] }],
      ]) {
        const chart = await mount(html`<estimate-range .estimates=${bad as never}></estimate-range>`, 375);
        await drawn(chart);
        // Each input is refused in words: a problems line or the empty-chart status, never a blank box.
        expect(
          shadow(chart).querySelector('.problems, .status')?.textContent?.trim(),
          JSON.stringify(bad),
        ).to.not.equal(undefined);
        expect(shadow(chart).querySelector('.problems, .status')!.textContent!.trim()).to.not.equal('');
      }
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    }
    expect(errors).to.deep.equal([]);
  });
});
