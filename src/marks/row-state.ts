/** A row's state as classes on its marks: ` highlighted`, ` dimmed`, or nothing. */
import type { RowGeometry } from '../layout/range-chart-geometry.js';

export function rowState(row: Pick<RowGeometry, 'highlighted' | 'dimmed'>): string {
  return row.highlighted ? ' highlighted' : row.dimmed ? ' dimmed' : '';
}
