/** Text lines from the layout as SVG `<text>`: always text nodes, never markup. */
import { svg, nothing, type SVGTemplateResult } from 'lit/html.js';
import type { TextLine } from '../layout/text-line.js';
import { round } from './round.js';

/**
 * Renders lines of text; `part` names the CSS part (e.g. "label"), `row` the figure's row the text
 * belongs to (`data-row`), where marks of many rows share a group.
 */
export function textLines(lines: TextLine[], className: string, part?: string, row?: number): SVGTemplateResult[] {
  return lines.map(
    (line) =>
      svg`<text class=${`${className} ${line.style}`} part=${part ?? nothing} data-row=${row ?? nothing} x=${round(line.x)} y=${round(line.y)} text-anchor=${line.anchor}>${line.text}</text>`,
  );
}
