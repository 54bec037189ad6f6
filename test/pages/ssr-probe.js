// Loaded after the server-rendered charts and before any module script: records every change to
// their shadow DOM (hydration should make none) and every layout shift once the page's fonts are in
// (scripts/ssr-render-plugin.mjs loads the script after them: a font arriving moves the article,
// which is the page's doing, not the chart's), for the tests to read.
window.__ssr = { mutations: [], cls: 0, shifts: [], fontsReady: Infinity };
// Both faces, asked for now: a face the page has not used yet is not waited for by fonts.ready.
window.__ssr.fonts = Promise.all([
  document.fonts.load('400 16px "Source Sans 3"'),
  document.fonts.load('700 16px "Source Sans 3"'),
])
  .then(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))))
  .then(() => (window.__ssr.fontsReady = performance.now()));
for (const chart of document.querySelectorAll('estimate-range, estimate-timeline')) {
  if (!chart.shadowRoot) continue;
  new MutationObserver((records) => {
    for (const r of records)
      window.__ssr.mutations.push(
        `${r.type} ${r.target.nodeName}.${r.target.getAttribute?.('class') ?? ''} ${r.attributeName ?? ''}`,
      );
  }).observe(chart.shadowRoot, { subtree: true, childList: true, attributes: true, characterData: true });
}
new PerformanceObserver((list) => {
  for (const entry of list.getEntries())
    if (!entry.hadRecentInput && entry.startTime >= window.__ssr.fontsReady) {
      window.__ssr.cls += entry.value;
      for (const s of entry.sources ?? [])
        window.__ssr.shifts.push(
          `${s.node?.nodeName}.${s.node?.getAttribute?.('class') ?? ''} ${JSON.stringify(s.previousRect)} → ${JSON.stringify(s.currentRect)}`,
        );
    }
}).observe({ type: 'layout-shift', buffered: true });
