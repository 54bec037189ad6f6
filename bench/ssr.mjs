// `npm run bench:ssr`: the seed story as a news page, server-rendered against client-rendered, on a
// CPU throttled 4× in Debian's Chromium. Both pages put the one script at the end of the body; the
// client-rendered one carries its figures as an inline table (what readers see before the script),
// the server-rendered one the finished chart (estimate-range/ssr). Printed: first contentful paint,
// the first frame with the chart drawn, layout shift, and the bytes each page sends. Medians of N
// fresh pages, the two interleaved. It never fails on a time.
//   npm run build && npm run bench:ssr [-- runs]
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import puppeteer from 'puppeteer-core';
import { findBrowser } from '../scripts/find-browser.mjs';
import { renderChart } from '../dist/ssr/index.js';

const RUNS = Number(process.argv[2] ?? 7);
const root = new URL('..', import.meta.url);
const csv = await readFile(new URL('examples/static/seed-figures.csv', root), 'utf8');
const TEXT = {
  title: 'Four weeks into the war, the estimates disagree',
  description: 'Estimates of Russian losses and of Ukrainians displaced, as reported on 24 March 2022',
  notes: 'None of the casualty figures was independently verified.',
  source: 'Sources: Ukrainian authorities, NATO, UK Ministry of Defence, UN',
};

const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
/** The seed figures as the inline table an editor pastes: what the client-rendered chart reads. */
function inlineTable() {
  const [head, ...rows] = csv
    .trim()
    .split('\n')
    .map((line) => line.match(/("[^"]*"|[^,]*)(,|$)/g).map((c) => c.replace(/,$/, '').replace(/^"|"$/g, '')));
  const cells = (r, tag) =>
    r
      .filter((_, i) => i < head.length)
      .map((c) => `<${tag}>${escape(c)}</${tag}>`)
      .join('');
  return `<table><tr>${cells(head, 'th')}</tr>${rows.map((r) => `<tr>${cells(r, 'td')}</tr>`).join('')}</table>`;
}

const article = (chart, script) => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<title>${TEXT.title}</title>
<style>body{margin:0;font-family:'Liberation Sans',Arial,sans-serif}main{max-width:640px;margin:0 auto;padding:0 16px}</style>
</head><body><main>
<h1>${TEXT.title}</h1>
<p>Ukrainian authorities put the number of Russian troops killed at 10,000 to 15,000; a NATO official, at 7,000 to 15,000.</p>
${chart}
<p>The figures could not be independently verified.</p>
</main>
<script type="module" src="/dist/${script}"></script>
</body></html>`;

const server = await renderChart({ data: csv, width: 640, attributes: { agreement: true }, ...TEXT });
const PAGES = {
  'server-rendered': article(server.html, 'estimate-range.hydrate.min.js'),
  ...(process.env.BENCH_SSR_DEBUG ? { 'no-script': article(server.html, 'none.js') } : {}),
  'client-rendered': article(
    `<estimate-range agreement>
<span slot="title">${TEXT.title}</span><span slot="description">${TEXT.description}</span>
<span slot="note">${TEXT.notes}</span><span slot="source">${TEXT.source}</span>
${inlineTable()}</estimate-range>`,
    'estimate-range.min.js',
  ),
};

const http = createServer(async (req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  const page = PAGES[path.slice(1)];
  if (page) return res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
  let body;
  try {
    body = await readFile(new URL(`.${path}`, root));
  } catch {
    return res.writeHead(404).end();
  }
  res.writeHead(200, { 'content-type': 'text/javascript' }).end(body);
}).listen(0);
const port = http.address().port;

// Before any of the page's scripts: when the chart is first drawn (a frame with its plot in it).
const PROBE = () => {
  window.__chartVisible = undefined;
  window.__mutations = 0;
  let observed = false;
  const look = () => {
    const root = document.querySelector('estimate-range')?.shadowRoot;
    if (root && !observed) {
      observed = true;
      // For BENCH_SSR_DEBUG: what changes in the chart once it is in the page (hydration: nothing).
      new MutationObserver((r) => (window.__mutations += r.length)).observe(root, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
    }
    const plot = root?.querySelector('svg.plot');
    if (plot && plot.getBoundingClientRect().height > 0) window.__chartVisible = performance.now();
    else requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
  window.__cls = 0;
  window.__sources = [];
  new PerformanceObserver((l) =>
    l.getEntries().forEach((e) => {
      window.__cls += e.hadRecentInput ? 0 : e.value;
      // What moved, for BENCH_SSR_DEBUG.
      for (const s of e.sources ?? [])
        window.__sources.push(
          `${s.node?.nodeName} ${Math.round(s.previousRect.y)}→${Math.round(s.currentRect.y)} h ${Math.round(s.previousRect.height)}→${Math.round(s.currentRect.height)} at ${Math.round(e.startTime)}`,
        );
    }),
  ).observe({
    type: 'layout-shift',
    buffered: true,
  });
};

const browser = await puppeteer.launch({
  executablePath: (await findBrowser()).path,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--font-render-hinting=none'],
});
const results = Object.fromEntries(Object.keys(PAGES).map((k) => [k, []]));
for (let run = 0; run < RUNS; run++) {
  for (const name of run % 2 ? Object.keys(PAGES).reverse() : Object.keys(PAGES)) {
    const page = await browser.newPage();
    await page.setViewport({ width: 960, height: 900 });
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.evaluateOnNewDocument(PROBE);
    await page.goto(`http://localhost:${port}/${name}`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__chartVisible !== undefined, { timeout: 20000 });
    await new Promise((r) => setTimeout(r, 300));
    results[name].push(
      await page.evaluate(() => ({
        fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
        // The chart drawn: a frame with it, or the first paint when it came with the HTML.
        visible: Math.max(
          window.__chartVisible,
          performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0,
        ),
        cls: window.__cls,
        sources: window.__sources,
        mutations: window.__mutations,
      })),
    );
    await page.close();
  }
}
await browser.close();
http.close();
if (process.env.BENCH_SSR_DEBUG)
  for (const [n, r] of Object.entries(results)) console.log(n, JSON.stringify(r.map((x) => [x.mutations, x.sources])));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const script = {
  'server-rendered': await readFile(new URL('dist/estimate-range.hydrate.min.js', root)),
  'client-rendered': await readFile(new URL('dist/estimate-range.min.js', root)),
  'no-script': Buffer.from(''),
};
console.log(`Seed story, Chromium ${(await findBrowser()).version}, CPU throttled 4×, medians of ${RUNS}:\n`);
console.log('| page | first contentful paint | chart drawn | layout shift | HTML (gzip) | script (gzip) |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
for (const [name, runs] of Object.entries(results)) {
  const html = Buffer.from(PAGES[name]);
  console.log(
    `| ${name} | ${median(runs.map((r) => r.fcp)).toFixed(0)} ms | ${median(runs.map((r) => r.visible)).toFixed(0)} ms | ${median(runs.map((r) => r.cls)).toFixed(3)} | ${kb(html.length)} (${kb(gzipSync(html).length)}) | ${kb(script[name].length)} (${kb(gzipSync(script[name]).length)}) |`,
  );
}
