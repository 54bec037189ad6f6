// `npm run bench:static`: the static renderer in Node, on the stories as the browser tests drew them
// (test-results/static-stories.json, written by the parity test: every story at 375 and 960 px).
// Prints the import cost of estimate-range/static, charts per second to SVG and to PNG, and the
// bytes written. Times are medians of several rounds; nothing here fails on a time.
//   npm test (or: npm run build && WTR_FILES=test/stories/static-parity.test.ts npx wtr), then npm run bench:static
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';

const FILE = 'test-results/static-stories.json';
if (!existsSync(FILE)) {
  console.error(`${FILE} is missing: run the parity test first (see the comment at the top of bench/static.mjs).`);
  process.exit(1);
}
const stories = JSON.parse(readFileSync(FILE, 'utf8'));
const ROUNDS = Number(process.argv[2] ?? 5);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// A fresh process per measurement: what a build step or a CLI run pays once.
const importTimes = [];
const firstRenderTimes = [];
for (let i = 0; i < ROUNDS; i++) {
  const run = spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `const t0 = performance.now();
       const s = await import('estimate-range/static');
       const t1 = performance.now();
       s.renderRange('label,low,high\\nA,1,2');
       console.log(JSON.stringify([t1 - t0, performance.now() - t1]));`,
    ],
    { encoding: 'utf8', cwd: new URL('..', import.meta.url).pathname },
  );
  const [imported, first] = JSON.parse(run.stdout);
  importTimes.push(imported);
  firstRenderTimes.push(first);
}

// bench/ has a package.json of its own, so the package is imported by path here.
const { renderRange, renderTimeline, toPng } = await import('../dist/static/index.js');
const render = (p) => (p.kind === 'estimate-timeline' ? renderTimeline : renderRange)(p.figures, p.options);
// Warm: fonts opened, caches filled, as in a long-running server.
const charts = stories.map(render);
for (const chart of charts) await toPng(chart);

const svgRounds = [];
const pngRounds = [];
for (let i = 0; i < ROUNDS; i++) {
  let t = performance.now();
  for (const p of stories) render(p);
  svgRounds.push(performance.now() - t);
  t = performance.now();
  for (const chart of charts) await toPng(chart);
  pngRounds.push(performance.now() - t);
}
const svgMs = median(svgRounds);
// Per chart: the median story, and the largest (10,000 points in five series).
const perChart = stories.map((p) => {
  const t = performance.now();
  for (let i = 0; i < ROUNDS; i++) render(p);
  return (performance.now() - t) / ROUNDS;
});
const pngMs = median(pngRounds);
const bytes = (xs) => `${(xs.reduce((a, b) => a + b, 0) / xs.length / 1024).toFixed(1)} KB`;
const pngBytes = [];
for (const chart of charts) pngBytes.push((await toPng(chart)).length);

console.log(
  `Static renderer, Node ${process.version}, ${cpus()[0]?.model ?? 'unknown CPU'}; medians of ${ROUNDS} rounds`,
);
console.log(`| Measure | Figure |\n| --- | ---: |`);
console.log(`| import estimate-range/static (fresh process) | ${median(importTimes).toFixed(0)} ms |`);
console.log(`| first chart after import (fonts opened) | ${median(firstRenderTimes).toFixed(0)} ms |`);
console.log(
  `| ${stories.length} story charts to SVG + HTML | ${svgMs.toFixed(0)} ms: ${((stories.length / svgMs) * 1000).toFixed(0)} charts/s |`,
);
console.log(
  `| one chart to SVG + HTML: median story / largest | ${median(perChart).toFixed(1)} ms / ${Math.max(...perChart).toFixed(0)} ms |`,
);
console.log(
  `| the same to PNG (1×, after SVG) | ${pngMs.toFixed(0)} ms: ${((stories.length / pngMs) * 1000).toFixed(0)} charts/s |`,
);
console.log(
  `| mean size: SVG / HTML / PNG | ${bytes(charts.map((c) => c.svg.length))} / ${bytes(charts.map((c) => c.html.length))} / ${bytes(pngBytes)} |`,
);
