/**
 * `<estimate-timeline>` without a browser: the same layout and marks as the element, measured in a
 * real font, as SVG and HTML strings (see static-chart.ts).
 */
import type { FiguresInput } from './read-input.js';
import { fontText } from './font-text.js';
import { renderStatic, type StaticChart } from './static-chart.js';
import type { StaticTimelineOptions } from './static-options.js';
import { timelinePlot } from './timeline-plot.js';

/**
 * A timeline as SVG and HTML, from dated figures (an array, or the text of a JSON, CSV or TSV file).
 *
 * @example
 * const { svg } = renderTimeline(csvText, { title: 'Refugees from Ukraine', unit: 'people' });
 */
export function renderTimeline(figures: FiguresInput, options: StaticTimelineOptions = {}): StaticChart {
  return renderStatic(
    figures,
    options,
    'estimate-timeline',
    { labelOptional: true, dateRequired: true },
    timelinePlot(options),
    fontText(options),
  );
}
