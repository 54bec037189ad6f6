/**
 * Turns a grid of text (a table's cells, a CSV's rows) into estimate records, keyed by the fields
 * its header names. Shared by the `<table>` and CSV readers so that both read columns the same way.
 */
import type { FigureIssue } from './figure-issue.js';
import { fieldForHeader } from './column-names.js';
import { ESTIMATE_FIELDS } from './figure.js';

function isContractField(key: string): boolean {
  return (ESTIMATE_FIELDS as readonly string[]).includes(key);
}

/** Records keyed by contract field (unknown columns keep their header) and the problems with the header. */
export interface RowRecords {
  records: Record<string, string>[];
  /** Row numbers as a reader counts them: the first data row under the header is 1. */
  rowNumbers: number[];
  issues: FigureIssue[];
}

/**
 * @param header the header row's cells
 * @param rows the data rows' cells; blank rows are skipped but keep their number
 */
export function recordsFromRows(header: string[], rows: string[][]): RowRecords {
  const issues: FigureIssue[] = [];
  const keys: (string | undefined)[] = [];
  const seen = new Set<string>();
  header.forEach((cell, column) => {
    const name = cell.trim();
    const key: string = fieldForHeader(name) ?? name;
    if (name === '') {
      keys.push(undefined);
      return;
    }
    if (seen.has(key)) {
      issues.push({
        severity: 'warning',
        code: 'duplicate-column',
        field: name,
        message: `appears twice in the header; column ${column + 1} was ignored`,
      });
      keys.push(undefined);
      return;
    }
    seen.add(key);
    keys.push(key);
  });
  // "label or source first": with no label column, rows are labelled by their source (as in the
  // seed figures' tables), or else by a first column whose header is not a contract field.
  const sourceIsLabel = !seen.has('label') && seen.has('source');
  // A first row that names no field at all is data, not a header: say so rather than guess.
  if (![...seen].some(isContractField) && header.some((cell) => /\d/.test(cell))) {
    issues.push({
      severity: 'error',
      code: 'no-header',
      message: `The first row (${header.slice(0, 3).join(', ')}…) is not a header: the first row must name the columns, e.g. label, low, high`,
    });
    return { records: [], rowNumbers: [], issues };
  }
  if (!seen.has('label') && !sourceIsLabel) {
    const first = keys.findIndex((k) => k !== undefined);
    if (first >= 0 && !isContractField(keys[first] as string)) {
      keys[first] = 'label';
    }
  }

  const records: Record<string, string>[] = [];
  const rowNumbers: number[] = [];
  rows.forEach((cells, index) => {
    if (cells.every((c) => c.trim() === '')) return;
    // Own properties built on a null prototype: a "__proto__" header is a column like any other.
    const record: Record<string, string> = Object.create(null);
    keys.forEach((key, column) => {
      if (key === undefined) return;
      const cell = (cells[column] ?? '').trim();
      if (cell !== '') record[key] = cell;
    });
    if (sourceIsLabel && record.source !== undefined) record.label = record.source;
    if (cells.length > header.length && cells.slice(header.length).some((c) => c.trim() !== '')) {
      issues.push({
        severity: 'warning',
        code: 'ragged-row',
        row: index + 1,
        message: `has ${cells.length} cells but the header has ${header.length}; the extra cells were ignored`,
      });
    }
    records.push(record);
    rowNumbers.push(index + 1);
  });
  return { records, rowNumbers, issues };
}
