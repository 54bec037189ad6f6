// React ships CommonJS only. For the tests of estimate-range/react, the dev server serves each React
// entry the tests import as an ES module with named exports (the names read from the CommonJS module
// itself), bundled by esbuild with React left as one shared import, so that there is one React.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';

const ENTRIES = ['react', 'react/jsx-runtime', 'react-dom', 'react-dom/client', 'react-dom/server'];
const PREFIX = '/__react__/';
const cache = new Map();

async function esm(entry) {
  // Read in a process of its own: React's development build touches console methods the runner replaces.
  const keys = execFileSync(
    process.execPath,
    ['-p', `JSON.stringify(Object.keys(require(${JSON.stringify(entry)})))`],
    {
      encoding: 'utf8',
    },
  );
  const names = JSON.parse(keys).filter((n) => /^[A-Za-z_$][\w$]*$/.test(n) && n !== 'default');
  const result = await build({
    stdin: {
      contents: `import M from ${JSON.stringify(entry)}; export default M; export const { ${names.join(', ')} } = M;`,
      resolveDir: process.cwd(),
    },
    bundle: true,
    format: 'esm',
    write: false,
    logLevel: 'error',
    define: { 'process.env.NODE_ENV': '"development"' },
    // Every other React entry stays an import of its served module: one copy of React on the page.
    plugins: [
      {
        name: 'shared-react',
        setup(b) {
          // A require() of another entry becomes an ES import of its served module, through a stub.
          b.onResolve({ filter: /^react(-dom)?(\/.*)?$/ }, (args) =>
            args.path === entry || args.namespace === 'shared' ? undefined : { path: args.path, namespace: 'shared' },
          );
          b.onLoad({ filter: /.*/, namespace: 'shared' }, (args) => {
            const url = JSON.stringify(PREFIX + encodeURIComponent(args.path) + '.js');
            return { contents: `export * from ${url}; export { default } from ${url};`, loader: 'js' };
          });
          b.onResolve({ filter: /^\/__react__\// }, (args) => ({ path: args.path, external: true }));
        },
      },
    ],
  });
  return result.outputFiles[0].text;
}

export function reactEsmPlugin() {
  return {
    name: 'react-esm',
    resolveImport({ source }) {
      if (ENTRIES.includes(source)) return PREFIX + encodeURIComponent(source) + '.js';
      return undefined;
    },
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return undefined;
      const entry = decodeURIComponent(context.path.slice(PREFIX.length, -3));
      if (!ENTRIES.includes(entry)) return undefined;
      if (!cache.has(entry)) cache.set(entry, esm(entry));
      return { body: await cache.get(entry), type: 'js' };
    },
  };
}
