/**
 * `estimate-range/ssr`: both charts rendered on a server with Lit's own server renderer
 * (`@lit-labs/ssr`), into declarative shadow DOM. Importing it registers the elements in the
 * server's custom-element registry (Lit's DOM shim) and measures their text in a real font.
 *
 * In a page of your own Lit templates, render `<estimate-range width="640" estimates="[…]">` with
 * `@lit-labs/ssr` after importing this module; or let `renderChart` write the element for you, with
 * its figures inline. In the browser, load `estimate-range/hydrate.js` (or
 * `estimate-range.hydrate.min.js`) to take the chart over.
 */
import { useServerFont } from './render-chart.js';
import '../components/server-render-support.js';
import '../index.js';

useServerFont();

export {
  renderChart,
  useServerFont,
  type ServerChart,
  type ServerChartOptions,
  type ChartElementName,
} from './render-chart.js';
export { setServerWidth } from '../components/server-defaults.js';
export { defaultFont, type StaticFont } from '../static/static-font.js';
export { describeIssue, type FigureIssue } from '../data/figure-issue.js';
