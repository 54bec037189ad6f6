// Server rendering for the browser tests. A wtr command renders a chart with estimate-range/ssr (dist/,
// built before the tests) in a worker thread, so that Lit's DOM shim never touches this process:
// executeServerCommand('render-ssr', { chart, page }) → { url, html, problems, bytes }. The page is
// then served at `url`, an article page with the chart in its first HTML and, unless `page.script`
// is false, the hydration script at the end of the body, as a news page loads it.
// The examples' servers run as their own processes, served under /examples/<name>/ (examplesMiddleware).
import { spawn } from 'node:child_process';
import { Worker } from 'node:worker_threads';

const pages = new Map();
let worker;
let nextId = 0;
const waiting = new Map();

function renderInWorker(options) {
  if (!worker) {
    worker = new Worker(new URL('./ssr-render-worker.mjs', import.meta.url));
    worker.unref();
    worker.on('message', ({ id, result, error }) => {
      const w = waiting.get(id);
      waiting.delete(id);
      if (error) w.reject(new Error(error));
      else w.resolve(result);
    });
  }
  const id = nextId++;
  return new Promise((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    worker.postMessage({ id, options });
  });
}

/**
 * An article page around a server-rendered chart. The probe (test/pages/ssr-probe.js) runs before
 * any module script, and records every change to the charts' shadow DOM and every layout shift.
 */
function articlePage(chartHtml, page) {
  const script =
    page.script === false ? '' : `<script type="module" src="${page.script ?? '/test/pages/ssr-hydrate.js'}"></script>`;
  return `<!doctype html>
<html lang="${page.lang ?? 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width">
<title>Server-rendered chart</title>
<link rel="stylesheet" href="/test/pages/ssr-article.css">
</head>
<body>
<main style="width: ${page.width}px">
<h1>Four weeks into the war, the estimates disagree</h1>
<p>Officials put the number of Russian troops killed between 7,000 and 15,000.</p>
${chartHtml}
<p>The paragraph after the chart, which must not move.</p>
</main>
<script src="/test/pages/ssr-probe.js"></script>
${script}
</body>
</html>`;
}

export function ssrRenderPlugin() {
  return {
    name: 'ssr-render-command',
    async executeCommand({ command, payload }) {
      if (command !== 'render-ssr') return undefined;
      const { html, problems } = await renderInWorker(payload.chart);
      const id = `${pages.size}`;
      const body = articlePage(html, { width: payload.chart.width, ...payload.page });
      pages.set(id, body);
      return { url: `/ssr-pages/${id}.html`, html, problems, bytes: Buffer.byteLength(body) };
    },
    async serve(context) {
      const page = /^\/ssr-pages\/(\d+)\.html$/.exec(context.path);
      if (page && pages.has(page[1])) return { body: pages.get(page[1]), type: 'html' };
      return undefined;
    },
  };
}

/**
 * The example servers (examples/ssr-node …), each started as its own Node process on a free port, as
 * a newsroom runs it, and served to the tests under /examples/<name>/ on the tests' own origin. An
 * entry is the server's script, or `{ script, basePath: true }` for a server that expects the whole
 * path (Next, under its basePath).
 */
export function examplesMiddleware(examples) {
  const started = new Map();
  const start = (name) => {
    if (!started.has(name))
      started.set(
        name,
        new Promise((resolve, reject) => {
          const child = spawn(process.execPath, [examples[name].script ?? examples[name]], {
            env: { ...process.env, PORT: '0' },
            stdio: ['ignore', 'pipe', 'inherit'],
          });
          process.once('exit', () => child.kill());
          child.once('exit', (code) => reject(new Error(`examples/${name} exited with ${code}`)));
          child.stdout.on('data', (chunk) => {
            const port = /http:\/\/localhost:(\d+)\//.exec(String(chunk))?.[1];
            if (port) resolve(Number(port));
          });
        }),
      );
    return started.get(name);
  };
  return async (context, next) => {
    const match = /^\/examples\/([\w-]+)\//.exec(context.path);
    if (!match || !examples[match[1]]) return next();
    const port = await start(match[1]);
    const path = examples[match[1]].basePath ? context.url : context.url.slice(match[0].length - 1);
    const response = await fetch(`http://127.0.0.1:${port}${path}`);
    context.status = response.status;
    context.type = response.headers.get('content-type') ?? 'application/octet-stream';
    context.body = Buffer.from(await response.arrayBuffer());
  };
}
