// `npm run size` (after `npm run build`): minified, gzip and brotli sizes of the CDN file (both
// elements, Lit and d3 inside) and of a page that uses one element only, bundled from the npm build
// with the CDN file's own plugins. Sizes are deterministic, so CI holds a budget: this exits 1 when a
// bundle is over it, or when the range-only page pays for the timeline. docs/size.md says how the
// budgets compare with the "Small and fast" issue's targets.
import { rollup } from 'rollup';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { bundlePlugins } from '../rollup.config.mjs';

const KB = 1024;
/** Gzip budgets held in CI: today's sizes plus a little room. The targets are beside them. */
const BUDGETS = {
  both: { gzip: 61.0 * KB, target: 24 * KB },
  range: { gzip: 47.1 * KB, target: 20 * KB },
  timeline: { gzip: 47.1 * KB },
  hydrate: { gzip: 63.4 * KB },
  // What a page of range charts downloads before it can paint, from the embed build (issue 14's target).
  embed: { gzip: 47.5 * KB, target: 24 * KB },
};

async function bundle(code) {
  const input = 'entry';
  const b = await rollup({
    input,
    onwarn() {},
    preserveEntrySignatures: 'allow-extension',
    plugins: [
      { name: 'entry', resolveId: (id) => (id === input ? id : null), load: (id) => (id === input ? code : null) },
      ...bundlePlugins(),
    ],
  });
  const { output } = await b.generate({ format: 'es' });
  return Buffer.from(output[0].code);
}

/** A module and every module it imports statically: what a browser fetches before running it. */
function firstDownload(file, seen = new Set()) {
  if (seen.has(file)) return Buffer.alloc(0);
  seen.add(file);
  const code = readFileSync(file);
  const imports = Array.from(code.toString().matchAll(/\bimport\s*(?:[\w${}\s,*]+from\s*)?["'](\.[^"']+)["']/g), (m) =>
    join(dirname(file), m[1]),
  );
  return Buffer.concat([code, ...imports.map((f) => firstDownload(f, seen))]);
}

const sizes = (buf) => ({
  min: buf.length,
  gzip: gzipSync(buf, { level: 9 }).length,
  brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});

const rows = [
  ['both', 'dist/estimate-range.min.js (both elements)', readFileSync('dist/estimate-range.min.js')],
  [
    'hydrate',
    'dist/estimate-range.hydrate.min.js (both, for server-rendered charts)',
    readFileSync('dist/estimate-range.hydrate.min.js'),
  ],
  [
    'embed',
    'dist/embed/estimate-range.js (first download; the rest loads when used)',
    firstDownload('dist/embed/estimate-range.js'),
  ],
  ['range', '<estimate-range> only', await bundle("import './dist/estimate-range.js';")],
  ['timeline', '<estimate-timeline> only', await bundle("import './dist/estimate-timeline.js';")],
  ['parse', 'parseEstimate only', await bundle("export { parseEstimate } from './dist/data/parse-estimate.js';")],
  ['lit', 'lit alone', await bundle("export * from 'lit';")],
];
const kb = (n) => `${(n / KB).toFixed(1)} KB`;
const failures = [];
console.log(
  '| bundle | min | gzip | brotli | gzip budget (CI) | issue target |\n| --- | ---: | ---: | ---: | ---: | ---: |',
);
for (const [key, name, buf] of rows) {
  const s = sizes(buf);
  const budget = BUDGETS[key];
  console.log(
    `| ${name} | ${kb(s.min)} | ${kb(s.gzip)} | ${kb(s.brotli)} | ${budget ? kb(budget.gzip) : ''} | ${budget?.target ? kb(budget.target) : ''} |`,
  );
  if (budget && s.gzip > budget.gzip)
    failures.push(`${name} is ${kb(s.gzip)} gzip, over its budget of ${kb(budget.gzip)}`);
}
// An app or page that uses only the range chart must not pay for the timeline.
const rangeOnly = rows.find(([key]) => key === 'range')[2].toString();
if (rangeOnly.includes('estimate-timeline'))
  failures.push('<estimate-range> only includes the timeline (check sideEffects and imports)');
// `import 'estimate-range'` registers both elements in a production build: the entry is in "sideEffects"
// (without it, bundlers that honour the field dropped the import whole, registration and all).
const bare = (await bundle("import './dist/index.js';")).toString();
for (const tag of ['estimate-range', 'estimate-timeline'])
  if (!bare.includes(`customElements.define("${tag}"`))
    failures.push(`import 'estimate-range' does not register <${tag}> once bundled (check "sideEffects")`);
// The hydration build carries the server-render support (listed in "sideEffects": without it, the
// import that installs it was dropped, and every server-rendered chart was drawn twice).
const hydrate = rows.find(([key]) => key === 'hydrate')[2].toString();
if (!hydrate.includes('server-render') || !hydrate.includes('lit-part'))
  failures.push("dist/estimate-range.hydrate.min.js lacks the server-render support or Lit's hydrate");
// The embed build's first download draws range charts only: the timeline comes when a page uses it.
const embed = rows.find(([key]) => key === 'embed')[2].toString();
if (embed.includes('customElements.define("estimate-timeline"'))
  failures.push('dist/embed/estimate-range.js defines the timeline in its first download');
// The parser alone stays the parser alone.
const parseOnly = rows.find(([key]) => key === 'parse')[2].toString();
if (parseOnly.includes('customElements')) failures.push('parseEstimate only includes an element');

if (failures.length) {
  console.error(`\nsize check failed:\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log('\nsize check passed: every bundle within its budget.');
