/**
 * CSV and TSV files as spreadsheets export them: comma, semicolon or tab separated (detected from
 * the header line), with a byte-order mark or Windows line endings. Parsing is d3-dsv's.
 */
import { dsvFormat } from 'd3-dsv';
import type { FigureIssue } from './figure-issue.js';
import { recordsFromRows, type RowRecords } from './records-from-rows.js';

const DELIMITERS = [',', ';', '\t'] as const;

/** The delimiter used most often in the header line, outside quotes. */
export function detectDelimiter(text: string): string {
  const firstLine = text.split(/\r\n|\r|\n/, 1)[0].replace(/"[^"]*"/g, '');
  let best: string = ',';
  let bestCount = 0;
  for (const d of DELIMITERS) {
    const count = firstLine.split(d).length - 1;
    if (count > bestCount) {
      best = d;
      bestCount = count;
    }
  }
  return best;
}

/** Reads CSV text into estimate records, or reports why it cannot. */
export function readCsv(text: string): RowRecords {
  const clean = text.replace(/^\ufeff/, '');
  if (clean.trim() === '') return empty({ severity: 'error', code: 'empty-file', message: 'The file is empty' });
  const delimiter = detectDelimiter(clean);
  // d3-dsv reads an unterminated quote to the end of the file; catch it so the reader hears why.
  const quotes = (clean.match(/"/g) ?? []).length;
  if (quotes % 2 === 1)
    return empty({
      severity: 'error',
      code: 'unterminated-quote',
      message: 'The file has a quote (") that is never closed',
    });
  const [header, ...rows] = dsvFormat(delimiter).parseRows(clean);
  const result = recordsFromRows(header, rows);
  if (result.records.length === 0) {
    result.issues.push({ severity: 'error', code: 'no-rows', message: 'The file has a header but no rows of figures' });
  }
  return result;
}

function empty(issue: FigureIssue): RowRecords {
  return { records: [], rowNumbers: [], issues: [issue] };
}
