// `npm run fuzz`: the fuzz properties of test/fuzz/properties.ts at full strength, in Node (the
// data layer and layouts need no DOM). Bundled with esbuild, then run; prints cases and time.
//   node scripts/fuzz.mjs [cases per property, default 100000]
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const runs = Number(process.argv[2] ?? 100_000);
const dir = mkdtempSync(join(tmpdir(), 'estimate-range-fuzz-'));
const out = join(dir, 'properties.mjs');
await build({
  entryPoints: ['test/fuzz/properties.ts'],
  bundle: true,
  format: 'esm',
  platform: 'node',
  outfile: out,
  logLevel: 'error',
});
const p = await import(pathToFileURL(out).href);
const checks = [
  ['parseEstimate reads or rejects any string', p.checkParseEstimate, runs],
  ['parseEstimate reads back ranges and bounds', p.checkRangesRoundTrip, runs],
  ['validateEstimates draws or names every row', p.checkValidation, runs],
  ['CSV and JSON readers never throw', p.checkReaders, runs],
  // Layouts are slower per case: a tenth of the cases.
  ['layouts are deterministic, complete and finite', p.checkLayout, Math.round(runs / 10)],
];
let total = 0;
let failed = false;
for (const [name, check, n] of checks) {
  const start = performance.now();
  try {
    check(n);
    console.log(
      `ok    ${name}: ${n.toLocaleString('en')} cases in ${((performance.now() - start) / 1000).toFixed(1)} s`,
    );
  } catch (e) {
    failed = true;
    console.log(`FAIL  ${name}\n${e instanceof Error ? e.message : e}`);
  }
  total += n;
}
rmSync(dir, { recursive: true, force: true });
console.log(`${total.toLocaleString('en')} cases in all`);
process.exit(failed ? 1 : 0);
