/**
 * `<estimate-range>` without a browser: the same layout and marks as the element, measured in a
 * real font, as SVG and HTML strings (see static-chart.ts).
 */
import type { FiguresInput } from './read-input.js';
import { fontText } from './font-text.js';
import { rangePlot } from './range-plot.js';
import { renderStatic, type StaticChart } from './static-chart.js';
import type { StaticRangeOptions } from './static-options.js';

/**
 * A range chart as SVG and HTML, from figures (an array, or the text of a JSON, CSV or TSV file).
 *
 * @example
 * const { svg, problems } = renderRange('label,low,high\nNATO,7000,15000', { title: 'Russian deaths' });
 */
export function renderRange(figures: FiguresInput, options: StaticRangeOptions = {}): StaticChart {
  return renderStatic(figures, options, 'estimate-range', {}, rangePlot(options), fontText(options));
}
