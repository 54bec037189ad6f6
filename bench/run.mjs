// `npm run bench`: the same range chart drawn by estimate-range and by the libraries a newsroom
// would pick instead, in Debian's Chromium, for N = 10 … 10,000 rows. Each run is a fresh page;
// libraries are interleaved; medians and ratios to estimate-range are printed and written to
// docs/performance.md. It never fails on a time.
//   npm install --prefix bench && npm run build && npm run bench [-- runs]
import { createServer } from 'node:http';
import { readFile, writeFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { cpus, totalmem } from 'node:os';
import puppeteer from 'puppeteer-core';

const root = new URL('..', import.meta.url).pathname;
const RUNS = Number(process.argv[2] ?? 10);
const SIZES = [10, 100, 1000, 10000];
const LIBS = ['estimate-range', 'plot', 'chartjs', 'highcharts'];
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css' };

const server = createServer(async (req, res) => {
  const path = normalize(join(root, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
  if (!path.startsWith(root)) return res.writeHead(403).end();
  try {
    const body = await readFile(path);
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
}).listen(0, '127.0.0.1');
const port = await new Promise((r) => server.on('listening', () => r(server.address().port)));

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/lib/chromium/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--enable-precise-memory-info'],
});
const version = await browser.version();

async function measure(lib, n) {
  const page = await browser.newPage();
  await page.setViewport({ width: 700, height: 900 });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`http://127.0.0.1:${port}/bench/pages/index.html?lib=${lib}&n=${n}`, { waitUntil: 'load' });
  const result = await page.waitForFunction(() => window.__result, { timeout: 120000 }).then((h) => h.jsonValue());
  await page.close();
  if (errors.length) throw new Error(`${lib} n=${n}: ${errors[0]}`);
  return result;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const results = {};
for (const n of SIZES) {
  for (let run = 0; run < RUNS; run++) {
    // Interleaved, in a rotating order, so that no library always runs first or last.
    const order = LIBS.map((_, i) => LIBS[(i + run) % LIBS.length]);
    for (const lib of order) {
      const r = await measure(lib, n);
      (results[`${lib}|${n}`] ??= []).push(r);
    }
  }
  process.stdout.write(`n=${n} done\n`);
}
await browser.close();
server.close();

const lines = [];
lines.push('| rows | ' + LIBS.map((l) => `${l} (ms)`).join(' | ') + ' | ' + LIBS.slice(1).map((l) => `${l} ÷ estimate-range`).join(' | ') + ' |');
lines.push('| ---: | ' + LIBS.map(() => '---:').join(' | ') + ' | ' + LIBS.slice(1).map(() => '---:').join(' | ') + ' |');
for (const n of SIZES) {
  const med = Object.fromEntries(LIBS.map((l) => [l, median(results[`${l}|${n}`].map((r) => r.ms))]));
  lines.push(`| ${n.toLocaleString('en')} | ${LIBS.map((l) => med[l].toFixed(0)).join(' | ')} | ${LIBS.slice(1).map((l) => (med[l] / med['estimate-range']).toFixed(2)).join(' | ')} |`);
}
const heapLines = ['| rows | ' + LIBS.map((l) => `${l} heap (MB)`).join(' | ') + ' |', '| ---: | ' + LIBS.map(() => '---:').join(' | ') + ' |'];
for (const n of SIZES) heapLines.push(`| ${n.toLocaleString('en')} | ${LIBS.map((l) => (median(results[`${l}|${n}`].map((r) => r.heap)) / 1e6).toFixed(1)).join(' | ')} |`);
const table = lines.join('\n');
console.log(table);
console.log(heapLines.join('\n'));

const pkg = JSON.parse(await readFile(join(root, 'bench/package.json'), 'utf8'));
const doc = `# Performance

Written by \`npm run bench\` (bench/run.mjs) on ${new Date().toISOString().slice(0, 10)}: ${version}, ${cpus().length} cores
(${cpus()[0]?.model ?? 'unknown CPU'}), ${(totalmem() / 2 ** 30).toFixed(0)} GB, a shared machine, so only the ratios within one run mean
anything. The same range chart (one row per source, a low–high bar and a dot) is drawn in a fresh page for
each measurement; the time runs from the render call to the next frame; medians of ${RUNS} runs, the
libraries interleaved. Versions: ${Object.entries(pkg.devDependencies).map(([k, v]) => `${k} ${v}`).join(', ')}; estimate-range from
\`dist/estimate-range.min.js\` (production Lit).

## First render

${table}

A ratio above 1 means the peer took longer than estimate-range.

## JS heap after the first render (median)

${heapLines.join('\n')}

## Not measured yet

Re-render with new data, resize, the 50-chart page, and the timeline against Plot's area and line (1,000,
10,000 and 100,000 points) are still to be added to this harness.
`;
await writeFile(join(root, 'docs/performance.md'), doc);
console.log('written to docs/performance.md');
