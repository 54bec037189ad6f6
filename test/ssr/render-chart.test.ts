/// <reference types="node" />
/**
 * estimate-range/ssr in Node: the element's HTML with its declarative shadow root, the figures inline
 * for the browser, problems as the chart reports them, and text that stays text. The browser side
 * (no JavaScript, hydration) is test/stories/server-rendered.test.ts.
 */
import { expect } from '@esm-bundle/chai';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { renderChart, setServerWidth } from '../../src/ssr/index.js';
import { seedAll, seedDeaths } from '../fixtures/seed-figures.js';

const count = (text: string, pattern: RegExp) => (text.match(pattern) ?? []).length;
/** The shadow root's markup, without Lit's part markers. */
const shadowOf = (html: string) =>
  (
    /<template shadowroot="open" shadowrootmode="open">([\s\S]*)<\/template>(<!--[^>]*-->)*<\/estimate-/.exec(
      html,
    )?.[1] ?? ''
  ).replace(/<!--[^>]*-->/g, '');

describe('renderChart', () => {
  it('writes the finished chart into a declarative shadow root, the figures inline beside it', async () => {
    const { html, problems } = await renderChart({
      estimates: seedAll,
      width: 640,
      attributes: { agreement: true },
      title: 'Four weeks into the war, the estimates disagree',
      source: 'Sources: Ukrainian authorities, NATO, UK Ministry of Defence, UN',
    });
    expect(problems).to.deep.equal([]);
    expect(html).to.match(/^(<!--[^>]*-->)*<estimate-range [^>]*agreement[^>]* width="640"/);
    const shadow = shadowOf(html);
    expect(shadow).to.match(/<svg\s+class="plot"[\s\S]*width="640"/);
    expect(count(shadow, /<g class="row[ "]/g)).to.equal(seedAll.length);
    expect(count(shadow, /<tr>\s*<th scope="row">/g), 'a table row per figure').to.equal(seedAll.length);
    expect(/<p id="summary"[^>]*>([^<]+)</.exec(shadow)?.[1], 'the summary').to.match(/estimates/);
    // The light DOM comes first, so that a streamed shadow root never has its title slotted in late.
    expect(html).to.match(
      /<estimate-range [^>]*><span slot="title">Four weeks into the war, the estimates disagree<\/span>/,
    );
    expect(html.indexOf('<span slot="title">')).to.be.below(html.indexOf('<template shadowroot'));
    const inline = /<script type="application\/json">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    expect(JSON.parse(inline)).to.deep.equal(JSON.parse(JSON.stringify(seedAll)));
    expect(html, 'the record the browser hydrates from').to.match(
      /<template class="server-render" data-width="640" data-font-size="15"\s+data-digest="[0-9a-z]+" data-widths="\{[^"]+\}">/,
    );
  });

  it('keeps labels text: nothing in them becomes markup, inline data cannot close its script', async () => {
    const label = '</script><img src=x onerror=alert(1)>';
    const { html } = await renderChart({
      estimates: [{ label, low: 1, high: 2 }],
      width: 400,
      title: '<b>Bold</b> & co',
    });
    expect(html).to.contain('<span slot="title">&lt;b&gt;Bold&lt;/b&gt; &amp; co</span>');
    expect(count(html, /<\/script>/gi), 'one script, closed once').to.equal(1);
    const inline = /<script type="application\/json">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '';
    expect(html.replace(inline, ''), 'the label is markup nowhere').to.not.contain('<img');
    expect(shadowOf(html), 'the label as text in the chart').to.contain('&lt;/script&gt;&lt;img src=x');
    expect(JSON.parse(inline)[0].label).to.equal(label);
  });

  it('reports each problem with its row in the file, in the chart and to the caller', async () => {
    const csv = 'label,low,high\nUkrainian authorities,10000,15000\nA NATO source,abc,15000\n';
    const { html, problems } = await renderChart({ data: csv, width: 640 });
    expect(problems.map((p) => [p.row, p.field])).to.deep.equal([[2, 'low']]);
    expect(shadowOf(html)).to.contain('abc');
    expect(html, 'the CSV travels as written, for the browser to read the same rows').to.contain(
      '<script type="text/csv">label,low,high\nUkrainian authorities,10000,15000',
    );
    expect(count(shadowOf(html), /<g class="row[ "]/g), 'the good row is drawn').to.equal(1);
  });

  it('reads a file that claims to be JSON and is not as the chart does, events and all, without throwing', async () => {
    const { problems } = await renderChart({
      element: 'estimate-timeline',
      data: '[{"date": "2022-03-01", "value": 1',
      annotations: [{ date: '2022-03-01', label: 'An event' }],
      width: 500,
    });
    expect(problems.length).to.be.greaterThan(0);
    expect(problems[0].message).to.match(/JSON/i);
  });

  it('draws a timeline', async () => {
    const points = ['2022-03-01', '2022-03-08', '2022-03-15'].map((date, i) => ({
      date,
      value: 1e6 * (i + 1),
    }));
    const { html, problems } = await renderChart({ element: 'estimate-timeline', estimates: points, width: 500 });
    expect(problems).to.deep.equal([]);
    expect(html).to.match(/^(<!--[^>]*-->)*<estimate-timeline /);
    expect(shadowOf(html)).to.match(/<svg\s+class="plot"[\s\S]*width="500"/);
  });

  it('fetches a src, and says when it cannot', async () => {
    const server: Server = createServer((req, res) => {
      if (req.url === '/figures.csv') {
        res.writeHead(200, { 'content-type': 'text/csv' });
        res.end('label,low,high\nA,1,2\nB,2,3\n');
      } else {
        res.writeHead(404);
        res.end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const loaded = await renderChart({ src: `${base}/figures.csv`, width: 640 });
      expect(loaded.problems).to.deep.equal([]);
      expect(count(shadowOf(loaded.html), /<g class="row[ "]/g)).to.equal(2);
      const missing = await renderChart({ src: `${base}/missing.csv`, width: 640 });
      expect(missing.problems.map((p) => p.code)).to.deep.equal(['src-failed']);
      expect(missing.problems[0].message).to.contain('404');
    } finally {
      server.close();
    }
  });

  it('lays a chart without a width out at the server’s width', async () => {
    setServerWidth(480);
    try {
      const { html } = await renderChart({ estimates: seedDeaths });
      expect(shadowOf(html)).to.match(/<svg\s+class="plot"[\s\S]*?width="480"/);
    } finally {
      setServerWidth(640);
    }
    expect(() => setServerWidth(0)).to.throw(RangeError);
  });

  it('refuses attributes it would not write safely', async () => {
    let error: unknown;
    try {
      await renderChart({ estimates: seedDeaths, width: 640, attributes: { 'onclick="x"': 'y' } });
    } catch (e) {
      error = e;
    }
    expect(String(error)).to.match(/not an attribute/);
  });
});
