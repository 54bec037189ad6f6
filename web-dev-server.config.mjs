// The story gallery: `npm start` builds, then serves it at http://localhost:8000/stories/.
import { esbuildPlugin } from '@web/dev-server-esbuild';

export default {
  rootDir: '.',
  port: Number(process.env.PORT ?? 8000),
  hostname: 'localhost',
  nodeResolve: true,
  appIndex: undefined,
  open: false,
  watch: false,
  plugins: [esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json' })],
};
