/**
 * The range chart's keyboard model, as a pure function of the key: the arrows move between rows
 * (right and down to the next, left and up to the previous), Home and End jump to the first and
 * last, Enter and Space toggle the details, Escape closes them. Any other key is left to the page.
 */
export type RowKeyAction = { kind: 'move'; index: number } | { kind: 'toggle' } | { kind: 'close' };

/** What `key` does in a chart of `count` rows whose active row is `current`; undefined for keys it leaves alone. */
export function rowKeyAction(key: string, current: number, count: number): RowKeyAction | undefined {
  if (count === 0) return undefined;
  const move = (index: number): RowKeyAction => ({ kind: 'move', index });
  switch (key) {
    case 'ArrowDown':
    case 'ArrowRight':
      return move(Math.min(count - 1, current + 1));
    case 'ArrowUp':
    case 'ArrowLeft':
      return move(Math.max(0, current - 1));
    case 'Home':
      return move(0);
    case 'End':
      return move(count - 1);
    case 'Escape':
      return { kind: 'close' };
    case 'Enter':
    case ' ':
      return { kind: 'toggle' };
    default:
      return undefined;
  }
}
