/**
 * Installs server rendering in the elements (see server-render.ts). Imported before the elements are
 * defined, so that charts already in the page when they upgrade find it.
 */
import { EstimateChartElement } from './estimate-chart-element.js';
import { serverRenderSupport } from './server-render.js';

EstimateChartElement.serverRenders = serverRenderSupport;
