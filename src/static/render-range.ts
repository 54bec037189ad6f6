/**
 * `<estimate-range>` without a browser: the same layout and marks as the element, measured in a
 * real font, as SVG and HTML strings (see static-chart.ts).
 */
import { svg } from 'lit/html.js';
import { summarizeFigures } from '../format/summarize-figures.js';
import { layoutRangeChart } from '../layout/layout-range-chart.js';
import type { RangeChartGeometry } from '../layout/range-chart-geometry.js';
import { agreementMark } from '../marks/agreement-mark.js';
import { axisMark } from '../marks/axis-mark.js';
import { fadeDefinitions } from '../marks/interval-mark.js';
import { intervalKeyMark } from '../marks/interval-key-mark.js';
import { rangeRowMarks } from '../marks/range-row-marks.js';
import { textLines } from '../marks/text-line.js';
import { howToRead, type ReadingClause } from './how-to-read.js';
import type { FiguresInput } from './read-input.js';
import { renderStatic, type StaticChart, type StaticContext, type StaticPlot } from './static-chart.js';
import type { StaticRangeOptions } from './static-options.js';

/** The element's plot, less what only a live chart has (focus, hit areas, the details box). */
function rangeMarks(g: RangeChartGeometry) {
  return svg`${fadeDefinitions()}
    ${intervalKeyMark(g.key)}
    ${g.axes.map((axis) => axisMark(axis))}
    ${g.groups.map(
      (group) => svg`${textLines(group.heading, 'heading', 'heading')}
        ${agreementMark(group)}
        <g class="rows">${group.rows.map(
          (row) =>
            svg`<g class=${['row', row.highlighted ? 'highlighted' : '', row.dimmed ? 'dimmed' : ''].filter(Boolean).join(' ')} data-row=${row.figure.row}>${rangeRowMarks(row)}</g>`,
        )}</g>`,
    )}
    ${textLines(g.footer, 'footer')}`;
}

function rangePlot(options: StaticRangeOptions) {
  return (c: StaticContext): StaticPlot => {
    const g = layoutRangeChart({
      ...c.layout,
      axes: options.axes,
      sort: options.sort,
      highlight: options.highlight,
      agreement: options.agreement,
    });
    const clauses: ReadingClause[] = ['bars'];
    if (g.rows.some((r) => r.vague)) clauses.push('vague');
    if (g.rows.some((r) => r.mark?.kind === 'point')) clauses.push('point');
    if (g.rows.some((r) => r.openLow || r.openHigh)) clauses.push('open');
    if (g.groups.some((group) => group.agreement)) clauses.push('agreement');
    return {
      marks: rangeMarks(g),
      width: g.width,
      height: g.height,
      summary: summarizeFigures(c.layout.figures, { locale: c.layout.locale, unit: options.unit }),
      howToRead: howToRead(clauses, c.layout.locale),
    };
  };
}

/**
 * A range chart as SVG and HTML, from figures (an array, or the text of a JSON, CSV or TSV file).
 *
 * @example
 * const { svg, problems } = renderRange('label,low,high\nNATO,7000,15000', { title: 'Russian deaths' });
 */
export function renderRange(figures: FiguresInput, options: StaticRangeOptions = {}): StaticChart {
  return renderStatic(figures, options, 'estimate-range', {}, rangePlot(options));
}
