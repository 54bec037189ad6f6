// Runs the built app with `next start` on a free port and prints its address once it answers, as the
// tests' example servers do (scripts/ssr-render-plugin.mjs).
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const port = await new Promise((resolve) => {
  const probe = createServer().listen(0, () => {
    const { port } = probe.address();
    probe.close(() => resolve(port));
  });
});
const next = spawn(process.execPath, ['node_modules/next/dist/bin/next', 'start', '-p', String(port)], {
  cwd: dir,
  stdio: ['ignore', 'ignore', 'inherit'],
});
process.on('exit', () => next.kill());
process.on('SIGTERM', () => process.exit(0));
next.on('exit', (code) => process.exit(code ?? 1));
for (;;) {
  const ok = await fetch(`http://127.0.0.1:${port}/examples/next`).then(
    (r) => r.ok,
    () => false,
  );
  if (ok) break;
  await new Promise((r) => setTimeout(r, 200));
}
console.log(`http://localhost:${port}/`);
