/**
 * A problem found in the input, said so that an editor can find and fix it: the row as a reader
 * counts it, the field, the value as given, and what is wrong with it.
 */
export interface FigureIssue {
  /** `error`: the row is left out of the chart. `warning`: it is drawn, but something was ignored. */
  severity: 'error' | 'warning';
  /** A stable code for programs ("not-a-number", "low-above-high", "unknown-field", …). */
  code: string;
  /** The row, counted from 1 in the order given; absent for problems with the whole input. */
  row?: number;
  /** The field (or column) concerned. */
  field?: string;
  /** The value as given, shortened for display. */
  value?: string;
  /** What is wrong, in plain words, without the row and field (see `describeIssue`). */
  message: string;
}

/** Cuts a value for an error message so that a 1 MB label does not become a 1 MB message. */
export function previewValue(value: unknown): string {
  let text: string;
  try {
    if (typeof value === 'string') text = value;
    else if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') text = String(value);
    else text = JSON.stringify(value) ?? String(value);
  } catch {
    // JSON nested thousands deep overflows the stack in JSON.stringify, and in String() too
    // (Firefox: "too much recursion"): name the type instead.
    text = Array.isArray(value) ? '[…]' : typeof value === 'object' && value !== null ? '{…}' : typeof value;
  }
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** The whole issue in one line: `Row 3, high: "abc" is not a number.` */
export function describeIssue(issue: FigureIssue): string {
  const where = [issue.row !== undefined ? `Row ${issue.row}` : '', issue.field ?? ''].filter(Boolean).join(', ');
  const what = issue.value !== undefined ? `“${issue.value}” ${issue.message}` : issue.message;
  const sentence = where ? `${where}: ${what}` : what.charAt(0).toUpperCase() + what.slice(1);
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}

/** What a list of issues amounts to, for the line under a chart. */
export interface IssueCounts {
  /** Rows left out of the chart (each counted once, however many errors it has). */
  rowsLeftOut: number;
  /** Whether an error concerns the whole input (an unreadable file) rather than a row. */
  wholeInput: boolean;
  warnings: number;
}

/** Counts the rows left out, whole-input errors and warnings in `issues`. */
export function countIssues(issues: readonly FigureIssue[]): IssueCounts {
  const rows = new Set<number>();
  let wholeInput = false;
  let warnings = 0;
  for (const issue of issues) {
    if (issue.severity === 'warning') warnings++;
    else if (issue.row === undefined) wholeInput = true;
    else rows.add(issue.row);
  }
  return { rowsLeftOut: rows.size, wholeInput, warnings };
}
