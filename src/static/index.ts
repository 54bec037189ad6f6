/**
 * `estimate-range/static`: the charts without a browser, for servers, build steps and the command
 * line. The same figures contract, readers, checks, layout and marks as the elements; text measured
 * in a real font; output as SVG, HTML and PNG. Importing it defines nothing on `globalThis`: no
 * `customElements`, `window` or `document`.
 */
export { renderRange } from './render-range.js';
export { renderTimeline } from './render-timeline.js';
export { toPng, PngRendererMissingError, type PngOptions } from './to-png.js';
export { fontMeasurer } from './font-measurer.js';
export { defaultFont, type StaticFont } from './static-font.js';
export type { StaticChart } from './static-chart.js';
export type { FiguresInput } from './read-input.js';
export type { StaticChartOptions, StaticRangeOptions, StaticTimelineOptions } from './static-options.js';
export { describeIssue, type FigureIssue } from '../data/figure-issue.js';
