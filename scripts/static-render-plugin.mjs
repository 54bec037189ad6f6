// A wtr command that renders a chart with the static renderer in this Node process (dist/static,
// built before the tests), so that a browser test can set it beside the element's own drawing:
// executeServerCommand('render-static', { kind, figures, options }) → { svg, html, problems, png }.
// Each request is also written to test-results/static-stories.json, the static benchmark's input.
import { mkdirSync, writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';

// Every chart the tests asked for, kept for the static benchmark (bench/static.mjs): the stories'
// figures and options as the elements held them.
const STORIES_FILE = 'test-results/static-stories.json';
const seen = new Map();

export function staticRenderPlugin() {
  return {
    name: 'static-render-command',
    async executeCommand({ command, payload }) {
      if (command !== 'render-static') return undefined;
      const { renderRange, renderTimeline, toPng } = await import('../dist/static/index.js');
      seen.set(JSON.stringify(payload), payload);
      mkdirSync('test-results', { recursive: true });
      writeFileSync(STORIES_FILE, JSON.stringify([...seen.values()]));
      const render = payload.kind === 'estimate-timeline' ? renderTimeline : renderRange;
      const chart = render(payload.figures, payload.options);
      const png = PNG.sync.read(Buffer.from(await toPng(chart)));
      return {
        svg: chart.svg,
        html: chart.html,
        problems: chart.problems,
        width: chart.width,
        height: chart.height,
        png: { width: png.width, height: png.height },
      };
    },
  };
}
