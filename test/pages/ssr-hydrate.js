// The hydration script of the server-rendered test pages, at the end of the body as a newsroom puts
// it, run once the page's fonts are in (see ssr-probe.js). Where it got to is kept for the tests.
window.__ssr.stage = 'waiting for fonts';
await window.__ssr.fonts;
window.__ssr.stage = 'importing';
try {
  await import('/dist/hydrate.js');
  window.__ssr.stage = 'imported';
} catch (e) {
  window.__ssr.stage = `failed: ${e}`;
}
