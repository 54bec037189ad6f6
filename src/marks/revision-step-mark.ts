/**
 * A source's revised estimates on a timeline, joined: a dotted step from each figure to the next,
 * level until the date the source replaced it (layout/revision-steps.ts).
 */
import { svg, type SVGTemplateResult } from 'lit/html.js';
import type { RevisionStep } from '../layout/revision-steps.js';
import { round } from './round.js';

export function revisionStepMark(step: RevisionStep): SVGTemplateResult {
  const [first, ...rest] = step.points;
  const d = `M${round(first.x)},${round(first.y)}${rest.map((p) => `H${round(p.x)}V${round(p.y)}`).join('')}`;
  return svg`<path class="revision-step" part="estimate" d=${d}></path>`;
}
