/**
 * `<estimate-timeline>` without a browser: the same layout and marks as the element, measured in a
 * real font, as SVG and HTML strings (see static-chart.ts).
 */
import { summarizeTimeline } from '../format/summarize-timeline.js';
import { layoutTimeline } from '../layout/layout-timeline.js';
import { timelineMarks } from '../marks/timeline-marks.js';
import { howToRead, type ReadingClause } from './how-to-read.js';
import { readAnnotations, type FiguresInput } from './read-input.js';
import { renderStatic, type StaticChart, type StaticContext, type StaticPlot } from './static-chart.js';
import type { StaticTimelineOptions } from './static-options.js';

function timelinePlot(options: StaticTimelineOptions) {
  return (c: StaticContext): StaticPlot => {
    const g = layoutTimeline({
      ...c.layout,
      annotations: readAnnotations(c.annotations),
      defaultSeries: options.unit,
    });
    const clauses: ReadingClause[] = ['timeline'];
    if (g.marks.length) clauses.push('sourceMarks');
    if (g.marks.some((mark) => mark.vague)) clauses.push('vague');
    return {
      marks: timelineMarks(g),
      width: g.width,
      height: g.height,
      summary: summarizeTimeline(c.layout.figures, { locale: c.layout.locale, defaultSeries: options.unit }),
      howToRead: howToRead(clauses, c.layout.locale),
    };
  };
}

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
  );
}
