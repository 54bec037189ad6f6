// Loaded first on the layout-shift pages: adds up every layout shift not caused by input (CLS).
window.__cls = 0;
window.__shifts = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    if (entry.hadRecentInput) continue;
    window.__cls += entry.value;
    window.__shifts.push(entry.value);
    window.__sources = (window.__sources ?? []).concat(
      (entry.sources ?? []).map(
        (s) =>
          `${s.node?.nodeName ?? '?'}#${s.node?.id ?? ''} ${JSON.stringify(s.previousRect)} -> ${JSON.stringify(s.currentRect)}`,
      ),
    );
  }
}).observe({ type: 'layout-shift', buffered: true });
