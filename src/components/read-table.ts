/**
 * An inline `<table>` as the data: what a reader without JavaScript sees is also what the chart
 * draws. The header row is the first `<thead>` row, or else the first row; a link in a source
 * cell becomes the figure's url. It reads the element's light DOM, so it lives with the components: the
 * data layer below it never touches the DOM.
 */
import { recordsFromRows, type RowRecords } from '../data/records-from-rows.js';

function cellText(cell: Element): string {
  // textContent, not innerText: innerText forces layout and is empty in a hidden table.
  return (cell.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Reads a table element's header and rows into estimate records. */
export function readTable(table: HTMLTableElement): RowRecords {
  const allRows = Array.from(table.rows);
  const headerRow = table.tHead?.rows[0] ?? allRows[0];
  if (!headerRow) {
    return {
      records: [],
      rowNumbers: [],
      issues: [{ severity: 'error', code: 'empty-table', message: 'The table has no rows' }],
    };
  }
  const header = Array.from(headerRow.cells, cellText);
  const bodyRows = allRows.filter(
    (r) => r !== headerRow && r.parentElement?.tagName !== 'THEAD' && r.parentElement?.tagName !== 'TFOOT',
  );
  const rows = bodyRows.map((r) => Array.from(r.cells, cellText));
  const result = recordsFromRows(header, rows);
  // Links: a cell holding an <a href> gives the row its url, unless a url column says otherwise.
  result.records.forEach((record, i) => {
    if (record.url !== undefined) return;
    const row = bodyRows[result.rowNumbers[i] - 1];
    const link = row?.querySelector('a[href]');
    const href = link?.getAttribute('href');
    if (href) record.url = href;
  });
  if (result.records.length === 0) {
    result.issues.push({
      severity: 'error',
      code: 'no-rows',
      message: 'The table has a header but no rows of figures',
    });
  }
  return result;
}
