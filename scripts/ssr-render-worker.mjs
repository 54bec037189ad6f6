// The worker behind scripts/ssr-render-plugin.mjs: estimate-range/ssr renders here, where Lit's DOM
// shim (globalThis.customElements and the rest) stays out of the test runner's process.
import { parentPort } from 'node:worker_threads';

const ssr = import('../dist/ssr/index.js');

parentPort.on('message', async ({ id, options }) => {
  try {
    const { renderChart } = await ssr;
    const { html, problems } = await renderChart(options);
    parentPort.postMessage({ id, result: { html, problems } });
  } catch (e) {
    parentPort.postMessage({ id, error: e instanceof Error ? `${e.stack}` : String(e) });
  }
});
