/** The timeline in the static renderer: the element's marks, from the same layout. Runs in Node and in the browser. */
import { summarizeTimeline } from '../format/summarize-timeline.js';
import { layoutTimeline } from '../layout/layout-timeline.js';
import { timelineMarks } from '../marks/timeline-marks.js';
import { howToRead } from '../format/how-to-read.js';
import { timelineReadingClauses } from '../layout/reading-clauses.js';
import { readAnnotations } from './read-input.js';
import type { StaticContext, StaticPlot } from './static-chart.js';
import type { StaticTimelineOptions } from './static-options.js';

/** The timeline's plot for the static renderer, from the shared context. */
export function timelinePlot(options: StaticTimelineOptions) {
  return (c: StaticContext): StaticPlot => {
    const g = layoutTimeline({
      ...c.layout,
      annotations: readAnnotations(c.annotations),
      defaultSeries: options.unit,
    });
    return {
      marks: timelineMarks(g),
      width: g.width,
      height: g.height,
      summary: summarizeTimeline(c.layout.figures, { locale: c.layout.locale, defaultSeries: options.unit }),
      howToRead: options.howToRead === 'off' ? '' : howToRead(timelineReadingClauses(g), c.layout.locale),
    };
  };
}
