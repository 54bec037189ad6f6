/**
 * What one row of a range chart draws: its label, source and date, bars, value mark and value
 * label. The element wraps it in its focusable list item; the static renderer in a plain group.
 */
import { nothing, svg, type SVGTemplateResult } from 'lit/html.js';
import type { RowGeometry } from '../layout/range-chart-geometry.js';
import { intervalMark } from './interval-mark.js';
import { textLines } from './text-line.js';
import { valueMark } from './value-mark.js';

export function rangeRowMarks(row: RowGeometry): SVGTemplateResult {
  return svg`${textLines(row.label, 'label', 'label')}
    ${textLines(row.meta, 'meta', 'meta')}
    ${intervalMark(row)}
    ${valueMark(row)}
    ${row.valueLabel ? textLines([row.valueLabel], 'value-label', 'value-label') : nothing}`;
}
