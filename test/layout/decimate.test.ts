import { expect } from '@esm-bundle/chai';
import { bandEnvelope, crowded, lineExtremes, POINTS_PER_PX, type TimelinePoint } from '../../src/layout/decimate.js';

/** `n` points spread evenly over `span` px from x = 10, each with a low, high and value from `y(i)`. */
function points(n: number, span: number, y: (i: number) => number): TimelinePoint[] {
  return Array.from({ length: n }, (_, i) => ({
    x: 10 + (n > 1 ? (span * i) / (n - 1) : 0),
    low: y(i) + 5,
    high: y(i) - 5,
    value: y(i),
    intervals: [],
    gapBefore: false,
  }));
}
const range = (p: TimelinePoint): [number, number] | undefined =>
  p.low !== undefined && p.high !== undefined ? [p.low, p.high] : undefined;

describe('decimate', () => {
  it(`crowded() is true only above ${POINTS_PER_PX} points a pixel column`, () => {
    expect(crowded(points(POINTS_PER_PX * 10, 10, () => 0))).to.equal(false);
    expect(crowded(points(POINTS_PER_PX * 10 + 1, 10, () => 0))).to.equal(true);
    expect(crowded(points(1, 0, () => 0))).to.equal(false);
  });

  it('bandEnvelope keeps every point when not crowded', () => {
    const few = points(30, 10, (i) => i);
    expect(bandEnvelope(few, range)).to.deep.equal(few.map((p) => [p.x, p.low, p.high]));
  });

  it("bandEnvelope keeps each pixel column's lowest low and highest high when crowded", () => {
    // 200 points in one pixel column (x from 10 to 10.99), values swinging between -50 and 50.
    const dense = points(200, 0.99, (i) => Math.sin(i) * 50);
    const out = bandEnvelope(dense, range);
    expect(out).to.have.length(1);
    const [x, low, high] = out[0]!;
    expect(x).to.equal(10);
    expect(low).to.equal(Math.max(...dense.map((p) => p.low!)));
    expect(high).to.equal(Math.min(...dense.map((p) => p.high!)));
  });

  it("lineExtremes keeps each pixel column's first, lowest, highest and last point when crowded", () => {
    const dense = points(200, 0.99, (i) => Math.sin(i) * 50);
    const out = lineExtremes(dense);
    const ys = dense.map((p) => p.value!);
    expect(out.map((p) => p![1])).to.have.members([ys[0], Math.min(...ys), Math.max(...ys), ys[ys.length - 1]]);
    expect(out.map((p) => p![0])).to.deep.equal([...out.map((p) => p![0])].sort((a, b) => a - b));
  });

  it('lineExtremes leaves a break where a point has no value', () => {
    const dense = points(200, 0.99, () => 0);
    dense[100].value = undefined;
    const out = lineExtremes(dense);
    expect(out.filter((p) => p === undefined)).to.have.length(1);
  });
});
