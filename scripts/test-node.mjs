// The pure suites (test/data, format, scales, layout, and the fuzz properties) run in Node as well as
// in the browsers: Node has no DOM, so a data, format, scale or layout module that reached for
// `document`, `window` or a canvas fails here. That is what makes "layout runs without a DOM" a
// check rather than a claim. The static renderer's and the command line's suites (test/static,
// test/cli) run here only. Each file is bundled with esbuild, given mocha's globals on top of
// node:test, and run with node's own test runner.
//   node scripts/test-node.mjs [files…]
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PURE_SUITES = ['test/data', 'test/format', 'test/scales', 'test/layout', 'test/fuzz'];
// The static renderer and the command line run in Node only (they read font files and write images).
const NODE_SUITES = ['test/static', 'test/cli', 'test/ssr'];

const files =
  process.argv.length > 2
    ? process.argv.slice(2)
    : [...PURE_SUITES, ...NODE_SUITES].flatMap((dir) =>
        readdirSync(dir)
          .filter((f) => f.endsWith('.test.ts'))
          .map((f) => join(dir, f)),
      );

// Inside the repository, so that the bundles import packages (fontkit, resvg) from node_modules as
// they are, and the package's own name (estimate-range/fonts/…) resolves to this checkout.
mkdirSync('test-results', { recursive: true });
const dir = mkdtempSync(join(process.cwd(), 'test-results', 'node-'));
// Mocha's describe/it/hooks over node:test, with the `this.skip()` and `this.timeout()` the suites use.
// Outside the package: its "sideEffects" list would let esbuild drop an injected file inside it.
const globalsDir = mkdtempSync(join(tmpdir(), 'estimate-range-node-'));
const globals = join(globalsDir, 'mocha-globals.mjs');
writeFileSync(
  globals,
  `import * as t from 'node:test';
const context = (c) => ({ skip: () => { c.skip(); throw Object.assign(new Error('skipped'), { skipped: true }); }, timeout() {} });
const wrap = (fn) => fn && (async function (c) { try { await fn.call(context(c)); } catch (e) { if (!e?.skipped) throw e; } });
globalThis.describe = (name, fn) => t.describe(name, () => fn.call(context({ skip() {} })));
globalThis.it = (name, fn) => t.it(name, wrap(fn));
globalThis.before = (fn) => t.before(wrap(fn));
globalThis.after = (fn) => t.after(wrap(fn));
globalThis.beforeEach = (fn) => t.beforeEach(wrap(fn));
globalThis.afterEach = (fn) => t.afterEach(wrap(fn));
`,
);

const bundles = [];
for (const file of files) {
  const out = join(dir, `${file.replace(/[\\/]/g, '__')}.mjs`);
  await build({
    entryPoints: [file],
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: out,
    // These stay imports: fontkit reads data files beside its own module, resvg is a native binary,
    // pngjs is CommonJS that requires Node's own modules.
    // The package's "sideEffects" lists its dist/ files: the src/ modules that register elements
    // (imported for their effect by src/ssr) must not be dropped from the bundle as pure.
    ignoreAnnotations: true,
    // Lit and its server renderer stay imports too, so that the elements and @lit-labs/ssr share one Lit.
    external: [
      'fontkit',
      '@resvg/resvg-js',
      'pngjs',
      '@lit-labs/ssr',
      '@lit-labs/ssr/*',
      'lit',
      'lit/*',
      'lit-html',
      'lit-html/*',
      'lit-element',
      'lit-element/*',
      '@lit/reactive-element',
      '@lit/reactive-element/*',
    ],
    logLevel: 'error',
    inject: [globals],
  });
  bundles.push(out);
}
console.log(
  `Node ${process.version}: ${bundles.length} test files (${[...PURE_SUITES, ...NODE_SUITES].join(', ')}) without a DOM`,
);
// The spec reporter to memory (only its failures are printed, in full); TAP to a file, for the counts.
const tap = join(dir, 'results.tap');
const run = spawnSync(
  process.execPath,
  [
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${tap}`,
    ...bundles,
  ],
  { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' },
);
const results = readFileSync(tap, 'utf8');
rmSync(dir, { recursive: true, force: true });
rmSync(globalsDir, { recursive: true, force: true });
// The spec reporter lists every test; show only what failed, and where.
const failing = run.stdout.indexOf('✖ failing tests');
if (failing >= 0) process.stdout.write(`${run.stdout.slice(failing).replaceAll(dir, '')}\n`);
const count = (name) => Number(new RegExp(`^# ${name} (\\d+)`, 'm').exec(results)?.[1] ?? 0);
const skipped = count('skipped');
console.log(`node: ${count('pass')} passed, ${count('fail')} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(run.status ?? 1);
