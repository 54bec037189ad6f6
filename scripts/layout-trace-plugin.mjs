// A wtr command that records a Chromium performance trace around part of a test and returns the
// layouts and style recalculations in it (`layouts`; `boxLayouts` counts the Layout events alone), and
// the forced synchronous ones, each with the script stack that forced it: executeServerCommand('layout-trace', 'start'), then executeServerCommand('layout-trace', 'stop').
// Chromium puts a stack trace on a Layout or UpdateLayoutTree event only when script forced it; the
// layouts of the rendering lifecycle have none. Chromium only.
const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.stack',
];

export function layoutTracePlugin() {
  return {
    name: 'layout-trace-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'layout-trace') return undefined;
      if (session.browser.type !== 'puppeteer') throw new Error('layout-trace needs a Chromium session');
      const page = session.browser.getPage(session.id);
      if (payload === 'start') {
        await page.tracing.start({ categories: CATEGORIES });
        return true;
      }
      const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString());
      const forced = [];
      let layouts = 0;
      // Layout events alone (UpdateLayoutTree is style recalculation).
      let boxLayouts = 0;
      for (const e of trace.traceEvents) {
        if (e.name !== 'Layout' && e.name !== 'UpdateLayoutTree') continue;
        if (e.ph === 'X' || e.ph === 'B') {
          layouts++;
          if (e.name === 'Layout') boxLayouts++;
        }
        const stack = e.args?.beginData?.stackTrace;
        if (!stack?.length) continue;
        forced.push({
          name: e.name,
          stack: stack.map((f) => `${f.functionName || '(anonymous)'} ${f.url}:${f.lineNumber}`),
        });
      }
      return { layouts, boxLayouts, forced };
    },
  };
}
