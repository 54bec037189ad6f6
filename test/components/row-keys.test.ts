import { expect } from '@esm-bundle/chai';
import { rowKeyAction } from '../../src/components/row-keys.js';

describe('rowKeyAction', () => {
  it('rowKeyAction moves between rows with the arrows, and stops at the ends', () => {
    expect(rowKeyAction('ArrowDown', 0, 3)).to.deep.equal({ kind: 'move', index: 1 });
    expect(rowKeyAction('ArrowRight', 2, 3)).to.deep.equal({ kind: 'move', index: 2, edge: 'last' });
    expect(rowKeyAction('ArrowUp', 0, 3)).to.deep.equal({ kind: 'move', index: 0, edge: 'first' });
    expect(rowKeyAction('ArrowLeft', 2, 3)).to.deep.equal({ kind: 'move', index: 1 });
  });

  it('rowKeyAction jumps with Home and End, reads the details with Enter and Space, closes with Escape', () => {
    expect(rowKeyAction('Home', 2, 3)).to.deep.equal({ kind: 'move', index: 0 });
    expect(rowKeyAction('End', 0, 3)).to.deep.equal({ kind: 'move', index: 2 });
    expect(rowKeyAction('End', 2, 3)).to.deep.equal({ kind: 'move', index: 2, edge: 'last' });
    expect(rowKeyAction('ArrowDown', 0, 1)).to.deep.equal({ kind: 'move', index: 0, edge: 'last' });
    expect(rowKeyAction('Enter', 1, 3)).to.deep.equal({ kind: 'details' });
    expect(rowKeyAction(' ', 1, 3)).to.deep.equal({ kind: 'details' });
    expect(rowKeyAction('Escape', 1, 3)).to.deep.equal({ kind: 'close' });
  });

  it('rowKeyAction leaves other keys, and charts without rows, to the page', () => {
    expect(rowKeyAction('Tab', 0, 3)).to.equal(undefined);
    expect(rowKeyAction('a', 0, 3)).to.equal(undefined);
    expect(rowKeyAction('ArrowDown', 0, 0)).to.equal(undefined);
  });
});
