import { expect } from '@esm-bundle/chai';
import { MemoCache } from '../../src/components/memo-cache.js';

describe('MemoCache', () => {
  it('get() computes again only when an input changed, compared by identity', () => {
    const memo = new MemoCache();
    const figures = [{ label: 'A' }];
    let runs = 0;
    const layout = (deps: unknown[]) => memo.get('layout', deps, () => ++runs);
    expect(layout([figures, 640])).to.equal(1);
    expect(layout([figures, 640])).to.equal(1);
    expect(layout([[...figures], 640]), 'an equal but new array').to.equal(2);
    expect(layout([[...figures], 640, 'en']), 'another input').to.equal(3);
    expect(layout([NaN])).to.equal(4);
    expect(layout([NaN]), 'NaN is the same input as NaN').to.equal(4);
  });

  it('get() keeps each name apart', () => {
    const memo = new MemoCache();
    expect(memo.get('a', [1], () => 'a')).to.equal('a');
    expect(memo.get('b', [1], () => 'b')).to.equal('b');
    expect(memo.get('a', [1], () => 'again')).to.equal('a');
  });
});
