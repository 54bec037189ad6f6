// The hydration script of the server-rendered test pages, at the end of the body as a newsroom puts
// it, run once the page's fonts are in (see ssr-probe.js).
await window.__ssr.fonts;
await import('/dist/hydrate.js');
