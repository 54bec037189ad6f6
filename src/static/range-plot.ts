/** The range chart in the static renderer: the element's marks, from the same layout. Runs in Node and in the browser. */
import { svg } from 'lit/html.js';
import { joinRevisions } from '../data/revisions.js';
import { summarizeFigures } from '../format/summarize-figures.js';
import { layoutRangeChart } from '../layout/layout-range-chart.js';
import type { RangeChartGeometry } from '../layout/range-chart-geometry.js';
import { agreementMark } from '../marks/agreement-mark.js';
import { axisMark } from '../marks/axis-mark.js';
import { fadeDefinitions } from '../marks/interval-mark.js';
import { intervalKeyMark } from '../marks/interval-key-mark.js';
import { rangeRowMarks } from '../marks/range-row-marks.js';
import { textLines } from '../marks/text-line.js';
import { howToRead } from '../format/how-to-read.js';
import { rangeReadingClauses } from '../layout/reading-clauses.js';
import type { StaticContext, StaticPlot } from './static-chart.js';
import type { StaticRangeOptions } from './static-options.js';

/** The element's plot, less what only a live chart has (focus, hit areas, the details box). */
function rangeMarks(g: RangeChartGeometry) {
  return svg`${fadeDefinitions()}
    ${intervalKeyMark(g.key)}
    ${g.axes.map((axis) => axisMark(axis))}
    ${g.groups.map(
      (group) => svg`${textLines(group.heading, 'heading', 'heading')}${textLines(group.source, 'meta', 'meta')}
        ${agreementMark(group)}
        <g class="rows">${rangeRowMarks(group.rows)}</g>`,
    )}
    ${textLines(g.footer, 'footer')}`;
}

/** The range chart's plot for the static renderer, from the shared context. */
export function rangePlot(options: StaticRangeOptions) {
  return (c: StaticContext): StaticPlot => {
    const figures = options.revisions === 'separate' ? c.layout.figures : joinRevisions(c.layout.figures);
    const g = layoutRangeChart({
      ...c.layout,
      figures,
      axes: options.axes,
      sort: options.sort,
      highlight: options.highlight,
      agreement: options.agreement,
      display: options.display,
    });
    return {
      marks: rangeMarks(g),
      width: g.width,
      height: g.height,
      summary: summarizeFigures(figures, { locale: c.layout.locale, unit: options.unit, display: options.display }),
      howToRead: options.howToRead === 'off' ? '' : howToRead(rangeReadingClauses(g), c.layout.locale),
    };
  };
}
