// The story gallery: `npm start` builds, then serves it at http://localhost:8000/stories/, or on the
// next free port when 8000 is taken (PORT sets another first choice).
import { createServer } from 'node:net';
import { esbuildPlugin } from '@web/dev-server-esbuild';

const HOSTNAME = 'localhost';

/** Whether nothing is listening on `port` yet. */
function isFree(port) {
  return new Promise((resolve) => {
    const probe = createServer()
      .once('error', () => resolve(false))
      .once('listening', () => probe.close(() => resolve(true)))
      .listen(port, HOSTNAME);
  });
}

async function firstFreePort(from) {
  for (let port = from; port < from + 100; port++) if (await isFree(port)) return port;
  throw new Error(`No free port between ${from} and ${from + 99}; set PORT to another.`);
}

const port = await firstFreePort(Number(process.env.PORT ?? 8000));
console.log(`Story gallery: http://${HOSTNAME}:${port}/stories/`);

export default {
  rootDir: '.',
  port,
  hostname: HOSTNAME,
  nodeResolve: true,
  appIndex: undefined,
  open: false,
  watch: false,
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json' })],
};
