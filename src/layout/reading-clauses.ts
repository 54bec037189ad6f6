/**
 * Which marks a chart draws, as the clauses of its how-to-read line (format/how-to-read.ts): only the
 * parts that appear, so that a chart with no vague figure says nothing about dashes.
 */
import type { ReadingClause } from '../format/how-to-read.js';
import type { RangeChartGeometry } from './range-chart-geometry.js';
import type { TimelineGeometry } from './timeline-geometry.js';

export function rangeReadingClauses(g: RangeChartGeometry): ReadingClause[] {
  const clauses: ReadingClause[] = [];
  if (g.rows.some((r) => r.strokes.length > 0)) clauses.push('bars');
  if (g.rows.some((r) => r.vague)) clauses.push('vague');
  if (g.rows.some((r) => r.mark?.kind === 'point'))
    clauses.push(g.rows.some((r) => r.distribution?.display === 'dots') ? 'pointAmongDots' : 'point');
  if (g.rows.some((r) => r.openLow || r.openHigh)) clauses.push('open');
  if (g.groups.some((group) => group.agreement)) clauses.push('agreement');
  if (g.rows.some((r) => r.earlier.length)) clauses.push('earlier');
  if (g.rows.some((r) => r.distribution?.display === 'gradient')) clauses.push('gradient');
  if (g.rows.some((r) => r.distribution?.display === 'dots')) clauses.push('dotplot');
  return clauses;
}

export function timelineReadingClauses(g: TimelineGeometry): ReadingClause[] {
  const clauses: ReadingClause[] = [];
  // Sources' estimates alone draw no series line: the line's clause would describe nothing on screen.
  if (g.series.some((s) => s.line || s.bands.length || s.dots.length)) clauses.push('timeline');
  if (g.marks.length) clauses.push('sourceMarks');
  if (g.revisionSteps.length) clauses.push('revisionSteps');
  if (g.marks.some((mark) => mark.vague)) clauses.push('vague');
  return clauses;
}
