// `npm run size`: minified, gzip and brotli sizes of the CDN file (both elements, Lit and d3 inside)
// and of a page that uses one element only, bundled from the npm build (run `npm run build` first).
// Sizes are deterministic; this prints them. (The budget of issue "Small and fast" is not held yet:
// see docs/size.md.)
import { rollup } from 'rollup';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

async function bundle(code) {
  const input = 'entry';
  const b = await rollup({
    input,
    onwarn() {},
    plugins: [
      { name: 'entry', resolveId: (id) => (id === input ? id : null), load: (id) => (id === input ? code : null) },
      nodeResolve({ exportConditions: ['production', 'browser', 'default'] }),
      terser({ ecma: 2021, module: true, format: { comments: false }, compress: { passes: 2 } }),
    ],
  });
  const { output } = await b.generate({ format: 'es' });
  return Buffer.from(output[0].code);
}

const sizes = (buf) => ({
  min: buf.length,
  gzip: gzipSync(buf, { level: 9 }).length,
  brotli: brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
});

const rows = [
  ['dist/estimate-range.min.js (both elements)', readFileSync('dist/estimate-range.min.js')],
  ['<estimate-range> only', await bundle("import './dist/estimate-range.js';")],
  ['<estimate-timeline> only', await bundle("import './dist/estimate-timeline.js';")],
  ['parseEstimate only', await bundle("export { parseEstimate } from './dist/data/parse-estimate.js';")],
  ['lit alone', await bundle("export * from 'lit';")],
];
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
console.log('| bundle | min | gzip | brotli |\n| --- | ---: | ---: | ---: |');
for (const [name, buf] of rows) {
  const s = sizes(buf);
  console.log(`| ${name} | ${kb(s.min)} | ${kb(s.gzip)} | ${kb(s.brotli)} |`);
}
