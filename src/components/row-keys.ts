/**
 * The range chart's keyboard model, as a pure function of the key: the arrows move between rows
 * (right and down to the next, left and up to the previous), Home and End jump to the first and
 * last, Enter and Space show the details and read them out, Escape hides them. Any other key is left
 * to the page. A move that goes nowhere (Down on the last row) says so: `edge`.
 */
export type RowKeyAction =
  { kind: 'move'; index: number; edge?: 'first' | 'last' } | { kind: 'details' } | { kind: 'close' };

/** What `key` does in a chart of `count` rows whose active row is `current`; undefined for keys it leaves alone. */
export function rowKeyAction(key: string, current: number, count: number): RowKeyAction | undefined {
  if (count === 0) return undefined;
  // A move that stays put is at an end of the list.
  const move = (index: number, end: 'first' | 'last'): RowKeyAction =>
    index === current ? { kind: 'move', index, edge: end } : { kind: 'move', index };
  switch (key) {
    case 'ArrowDown':
    case 'ArrowRight':
      return move(Math.min(count - 1, current + 1), 'last');
    case 'ArrowUp':
    case 'ArrowLeft':
      return move(Math.max(0, current - 1), 'first');
    case 'Home':
      return move(0, 'first');
    case 'End':
      return move(count - 1, 'last');
    case 'Escape':
      return { kind: 'close' };
    case 'Enter':
    case ' ':
      return { kind: 'details' };
    default:
      return undefined;
  }
}
