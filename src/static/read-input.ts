/**
 * Figures for the static renderer, from whatever an app or the command line has: an array following
 * the figures contract, or the text of a JSON, CSV or TSV file. The readers and checks are the
 * elements' own, so a problem reads the same here as in the chart ("Row 3, low: “abc” is not a number").
 */
import type { Figure } from '../data/figure.js';
import type { FigureIssue } from '../data/figure-issue.js';
import { parseFigureDate } from '../data/parse-date.js';
import { readCsv } from '../data/read-csv.js';
import { readJson } from '../data/read-json.js';
import { validateEstimates, type ValidationOptions } from '../data/validate-estimates.js';
import type { TimelineAnnotation } from '../layout/layout-timeline.js';

/** Figures as an array of estimates, or the text of a JSON, CSV or TSV file. */
export type FiguresInput = readonly unknown[] | string;

export interface ReadFigures {
  figures: Figure[];
  /** Every problem, errors (rows left out) and warnings, in row order. */
  problems: FigureIssue[];
  /** Events given with JSON data (`{ "estimates": […], "annotations": […] }`). */
  annotations: unknown[];
}

/** JSON when the text starts as JSON does; otherwise CSV or TSV (the delimiter is detected). */
function readText(text: string) {
  return /^\ufeff?\s*[[{]/.test(text) ? readJson(text) : readCsv(text);
}

export function readFigures(input: FiguresInput, rules: ValidationOptions): ReadFigures {
  const read = typeof input === 'string' ? readText(input) : { records: input, issues: [] as FigureIssue[] };
  const checked = validateEstimates(read.records, {
    ...rules,
    rowNumbers: 'rowNumbers' in read ? read.rowNumbers : undefined,
  });
  return {
    figures: checked.figures,
    problems: [...read.issues, ...checked.issues].sort((a, b) => (a.row ?? 0) - (b.row ?? 0)),
    annotations: ('annotations' in read ? read.annotations : undefined) ?? [],
  };
}

/** Events to mark on a timeline, as `{ date, label }` with a date the figures' reader understands. */
export function readAnnotations(given: readonly unknown[]): TimelineAnnotation[] {
  return given.flatMap((a) => {
    if (a === null || typeof a !== 'object') return [];
    const { date, label } = a as { date?: unknown; label?: unknown };
    const parsed = parseFigureDate(date);
    return parsed && typeof label === 'string' && label ? [{ date: parsed, label }] : [];
  });
}
