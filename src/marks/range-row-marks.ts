/**
 * What rows of a range chart draw: labels, sources and dates, a revised claim's earlier figures, bars,
 * value marks and value labels.
 * Text is an element a line, tagged with its row (`data-row`); bars and dots that look alike are
 * one path for all the rows given. The element draws it for each block of rows beside the rows'
 * focusable options; the static renderer for each group.
 */
import { svg, type SVGTemplateResult } from 'lit/html.js';
import type { RowGeometry } from '../layout/range-chart-geometry.js';
import { distributionMarks } from './distribution-mark.js';
import { earlierMarks } from './earlier-mark.js';
import { intervalMarks } from './interval-mark.js';
import { rowState } from './row-state.js';
import { textLines } from './text-line.js';
import { valueMarks } from './value-mark.js';

export function rangeRowMarks(rows: readonly RowGeometry[]): SVGTemplateResult {
  return svg`${earlierMarks(rows)}${distributionMarks(rows)}${intervalMarks(rows)}${valueMarks(rows)}${rows.map(
    (row) => {
      const state = rowState(row);
      return svg`${textLines(row.label, `label${state}`, 'label', row.figure.row)}${textLines(row.meta, 'meta', 'meta', row.figure.row)}${
        row.valueLabel ? textLines([row.valueLabel], 'value-label', 'value-label', row.figure.row) : []
      }`;
    },
  )}`;
}
