// `npm run bench`: estimate-range beside the libraries a newsroom would pick instead, in Debian's
// Chromium, in one run. Each measurement set is a fresh page (bench/pages/bench.js says what is
// timed); the libraries are interleaved in a rotating order; medians and ratios to estimate-range are
// printed and, for a full run, written to docs/performance.md. It never fails on a time.
//   npm install --prefix bench && npm run build && npm run bench [-- runs]
// Subsets while working (not written to the doc): BENCH_ONLY=range|timeline|page BENCH_SIZES=10,100
import { findBrowser } from '../scripts/find-browser.mjs';
import { createServer } from 'node:http';
import { readFile, writeFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { cpus, totalmem } from 'node:os';
import { transform } from 'esbuild';
import puppeteer from 'puppeteer-core';

const root = new URL('..', import.meta.url).pathname;
const RUNS = Number(process.argv[2] ?? 10);
const ONLY = process.env.BENCH_ONLY;
const ONLY_SIZES = process.env.BENCH_SIZES?.split(',').map(Number);
const full = !ONLY && !ONLY_SIZES;
const SUITES = [
  { chart: 'range', libs: ['estimate-range', 'plot', 'chartjs', 'highcharts'], sizes: [10, 100, 1000, 10000] },
  { chart: 'timeline', libs: ['estimate-range', 'plot'], sizes: [1000, 10000, 100000] },
  { chart: 'page', libs: ['estimate-range'], sizes: [50] },
  { chart: 'platform', libs: ['estimate-range'], sizes: [1] },
]
  .filter((s) => !ONLY || s.chart === ONLY)
  .map((s) => ({ ...s, sizes: ONLY_SIZES ? s.sizes.filter((n) => ONLY_SIZES.includes(n)) : s.sizes }));
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css' };

const server = createServer(async (req, res) => {
  const path = normalize(join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
  if (!path.startsWith(root)) return res.writeHead(403).end();
  try {
    let body = await readFile(path);
    // The seed figures are a test fixture written in TypeScript: served as JavaScript.
    if (extname(path) === '.ts') body = (await transform(body.toString(), { loader: 'ts', format: 'esm' })).code;
    const type = extname(path) === '.ts' ? 'text/javascript' : TYPES[extname(path)];
    res.writeHead(200, { 'content-type': type ?? 'application/octet-stream' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
}).listen(0, '127.0.0.1');
const port = await new Promise((r) => server.on('listening', () => r(server.address().port)));

const browser = await puppeteer.launch({
  executablePath: (await findBrowser()).path,
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--no-first-run',
    '--disable-background-networking',
    '--enable-precise-memory-info',
    '--js-flags=--expose-gc',
  ],
});
const version = await browser.version();

async function measure(chart, lib, n) {
  const page = await browser.newPage();
  await page.setViewport({ width: 700, height: 900 });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(
    `http://127.0.0.1:${port}/bench/pages/${chart === 'platform' ? 'bare' : 'index'}.html?chart=${chart}&lib=${lib}&n=${n}`,
    { waitUntil: 'load' },
  );
  const result = await page.waitForFunction(() => window.__result, { timeout: 300000 }).then((h) => h.jsonValue());
  await page.close();
  if (errors.length || result.error) throw new Error(`${chart} ${lib} n=${n}: ${errors[0] ?? result.error}`);
  return result;
}

const withTotals = (r) => ({ ...r, textsAndComments: r.texts === undefined ? undefined : r.texts + r.comments });
const median = (xs) => {
  const s = xs.filter((x) => x !== undefined).sort((a, b) => a - b);
  if (!s.length) return undefined;
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const results = {};
for (const { chart, libs, sizes } of SUITES) {
  for (const n of sizes) {
    for (let run = 0; run < RUNS; run++) {
      // Interleaved, in a rotating order, so that no library always runs first or last.
      for (const lib of libs.map((_, i) => libs[(i + run) % libs.length]))
        (results[`${chart}|${lib}|${n}`] ??= []).push(withTotals(await measure(chart, lib, n)));
    }
    process.stdout.write(`${chart} n=${n} done\n`);
  }
}
await browser.close();
server.close();

const ms = (x) => (x === undefined ? '–' : x < 10 ? x.toFixed(1) : x.toFixed(0));
const ratio = (a, b) => (a === undefined || b === undefined ? '–' : (a / b).toFixed(2));
const stat = (chart, lib, n, key) => median((results[`${chart}|${lib}|${n}`] ?? []).map((r) => r[key]));

/** A table of one measure: a column per library, then each peer's ratio to estimate-range. */
function table(chart, libs, sizes, key, unit = 'ms', format = ms) {
  const peers = libs.slice(1);
  const head = `| ${chart === 'page' ? 'charts' : chart === 'range' ? 'rows' : 'points'} | ${libs.map((l) => `${l} (${unit})`).join(' | ')}${peers.map((l) => ` | ${l} ÷ estimate-range`).join('')} |`;
  const rule = `| ---: | ${libs.map(() => '---:').join(' | ')}${peers.map(() => ' | ---:').join('')} |`;
  const rows = sizes.map((n) => {
    const v = libs.map((l) => stat(chart, l, n, key));
    return `| ${n.toLocaleString('en')} | ${v.map(format).join(' | ')}${v
      .slice(1)
      .map((x) => ` | ${ratio(x, v[0])}`)
      .join('')} |`;
  });
  return [head, rule, ...rows].join('\n');
}
const count = (x) => (x === undefined ? '–' : Math.round(x).toLocaleString('en'));
const mb = (x) => (x === undefined ? '–' : (x / 1e6).toFixed(1));

const sections = [];
for (const { chart, libs, sizes } of SUITES) {
  if (chart === 'platform') {
    const v = (key) => ms(stat(chart, 'estimate-range', 1, key));
    sections.push(
      `## What the platform charges once per page\n\nIn a fresh page that has loaded no library: the first \`Intl.NumberFormat\` (loading ICU's data) ${v('first')} ms, then the first \`Intl.DateTimeFormat\` ${v('dates')} ms, and the first canvas text measurement ${v('canvas')} ms. On a page with no other script using Intl, estimate-range pays these inside its first render; Plot formats with d3-format and pays none of the first two. The bench page loads every library, and the peers' own start-up already used Intl, so the tables above do not include this cost for anyone.`,
    );
    continue;
  }
  if (chart === 'page') {
    sections.push(
      `## Fifty charts on one page\n\nThe seed figures' four charts repeated to fifty, from the first element made to the frame in which all are drawn.\n\n${table(chart, libs, sizes, 'first')}`,
    );
    continue;
  }
  const name = chart === 'range' ? 'Range chart' : 'Timeline (a band and a line; Plot: areaY + lineY)';
  const parts = [
    [`First render, to the next frame`, table(chart, libs, sizes, 'first')],
    [
      `First render, to the last row drawn (estimate-range draws long charts progressively; the others draw everything in the first frame)`,
      table(chart, libs, sizes, 'firstDrawn'),
    ],
    [`Resize, warm: the main-thread work of the frame that applies it`, table(chart, libs, sizes, 'resize')],
    [`Re-render with new data, to the next frame`, table(chart, libs, sizes, 'rerender')],
    [`Re-render with new data, to the last row drawn`, table(chart, libs, sizes, 'rerenderDrawn')],
    [
      `JS heap kept after the first render (after a full garbage collection)`,
      table(chart, libs, sizes, 'retained', 'MB', mb),
    ],
    [`Peak JS heap, garbage included`, table(chart, libs, sizes, 'heap', 'MB', mb)],
    [
      `Elements after the first render, shadow roots included`,
      table(chart, libs, sizes, 'elements', 'elements', count),
    ],
    [
      `Text and comment nodes after the first render (Lit marks its parts with comments)`,
      table(chart, libs, sizes, 'textsAndComments', 'nodes', count),
    ],
  ];
  sections.push(`## ${name}\n\n${parts.map(([title, t]) => `### ${title}\n\n${t}`).join('\n\n')}`);
}
const report = sections.join('\n\n');
console.log(report);

if (full) {
  const pkg = JSON.parse(await readFile(join(root, 'bench/package.json'), 'utf8'));
  const intro = `# Performance

Written by \`npm run bench\` (bench/run.mjs) on ${new Date().toISOString().slice(0, 10)}: ${version}, ${cpus().length} cores
(${cpus()[0]?.model ?? 'unknown CPU'}), ${(totalmem() / 2 ** 30).toFixed(0)} GB, a shared machine, so only the ratios within one run mean
anything. Each set of measurements is a fresh page; medians of ${RUNS} runs, the libraries interleaved.
bench/pages/bench.js says exactly what each measure times. Versions: ${Object.entries(pkg.devDependencies)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')};
estimate-range from \`dist/estimate-range.min.js\` (production Lit). A ratio above 1 means the peer took longer.
`;
  const notes = await readFile(join(root, 'docs/performance-notes.md'), 'utf8').catch(() => '');
  await writeFile(join(root, 'docs/performance.md'), `${intro}\n${report}\n${notes ? `\n${notes}` : ''}`);
  console.log('written to docs/performance.md');
}
