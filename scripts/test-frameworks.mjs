// The framework examples' test (examples/frameworks/README.md): packs the library as npm would
// publish it, installs it into each app beside the app's own locked dependencies, type-checks the app,
// checks that the type check catches a deliberate mistake, builds it, and then loads every build in
// Chromium (test/examples/frameworks.test.ts). Prints what each step took and what each app's
// JavaScript weighs.
//
// Needs the npm registry (the apps' own dependencies), so it is not part of `npm test`; CI runs it.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = new URL('..', import.meta.url).pathname;
const examples = join(root, 'examples/frameworks');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Each app, where its deliberate type error goes, and where its built JavaScript lands. */
const APPS = [
  { name: 'vanilla', typeError: 'src', built: 'dist' },
  { name: 'react19', typeError: 'src', built: 'dist' },
  { name: 'react18', typeError: 'src', built: 'dist' },
  { name: 'vue', typeError: 'src', built: 'dist' },
  { name: 'svelte', typeError: 'src', built: 'dist' },
  { name: 'next', typeError: 'app', built: '.next/static' },
  // The repository's own stories, from src/ as they are: nothing to pack, type or install but Storybook.
  { name: 'storybook', built: 'storybook-static', fromSource: true },
];

const only = process.argv.slice(2);
const apps = only.length ? APPS.filter((a) => only.includes(a.name)) : APPS;

function run(cwd, args, { expectFailure = false } = {}) {
  const started = Date.now();
  const result = spawnSync(npm, args, { cwd, encoding: 'utf8', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  const output = `${result.stdout}${result.stderr}`;
  if (!expectFailure && result.status !== 0) {
    console.error(output);
    throw new Error(`${cwd}: npm ${args.join(' ')} failed`);
  }
  return { ok: result.status === 0, output, seconds: (Date.now() - started) / 1000 };
}

/** Every .js file under a folder, gzipped and summed, in KB. */
function gzipKB(dir) {
  let bytes = 0;
  const walk = (d) => {
    for (const entry of readdirSync(d)) {
      const path = join(d, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (entry.endsWith('.js')) bytes += gzipSync(readFileSync(path)).length;
    }
  };
  walk(dir);
  return (bytes / 1024).toFixed(1);
}

console.log('Packing estimate-range …');
rmSync(join(examples, '.pack'), { recursive: true, force: true });
mkdirSync(join(examples, '.pack'));
const packed = JSON.parse(
  execFileSync(npm, ['pack', '--json', '--pack-destination', join(examples, '.pack')], { cwd: root, encoding: 'utf8' }),
)[0];
const tarball = join(examples, '.pack', packed.filename);
console.log(`${packed.filename}: ${(packed.size / 1024).toFixed(0)} KB, ${packed.entryCount} files`);

const rows = [];
for (const app of apps) {
  const cwd = join(examples, app.name);
  const stamp = join(cwd, 'node_modules/.package-lock.json');
  const fresh = !existsSync(stamp) || statSync(stamp).mtimeMs < statSync(join(cwd, 'package-lock.json')).mtimeMs;
  const install = fresh ? run(cwd, ['ci', '--no-audit', '--no-fund']) : { seconds: 0 };
  if (app.fromSource) {
    const build = run(cwd, ['run', '-s', 'build']);
    rows.push({ app: app.name, 'install s': install.seconds.toFixed(0), 'build s': build.seconds.toFixed(0) });
    console.log(`${app.name}: installed, built`);
    continue;
  }
  const tgz = run(cwd, ['install', '--no-save', '--no-audit', '--no-fund', tarball]);
  const types = run(cwd, ['run', '-s', 'typecheck']);
  // The same check must fail on a prop of the wrong type, or it checks nothing.
  const file = readdirSync(cwd).find((f) => f.startsWith('type-error.'));
  const copy = join(cwd, app.typeError, file);
  copyFileSync(join(cwd, file), copy);
  let caught;
  try {
    caught = run(cwd, ['run', '-s', 'typecheck'], { expectFailure: true });
  } finally {
    rmSync(copy);
  }
  if (caught.ok || !/number' is not assignable/.test(caught.output)) {
    console.error(caught.output);
    throw new Error(`${app.name}: the type check let estimates={42} through`);
  }
  const build = run(cwd, ['run', '-s', 'build']);
  rows.push({
    app: app.name,
    'install s': (install.seconds + tgz.seconds).toFixed(0),
    'types s': types.seconds.toFixed(0),
    'type error caught': 'Y',
    'build s': build.seconds.toFixed(0),
    'JS gzip KB': gzipKB(join(cwd, app.built)),
  });
  console.log(`${app.name}: installed, typed, type error caught, built`);
}
console.table(rows);

const wtr = spawnSync(process.execPath, [join(root, 'node_modules/@web/test-runner/dist/bin.js')], {
  cwd: root,
  stdio: 'inherit',
  env: {
    ...process.env,
    WTR_FILES: 'test/examples/frameworks.test.ts',
    FRAMEWORK_APPS: apps.map((a) => a.name).join(','),
  },
});
process.exit(wtr.status ?? 1);
