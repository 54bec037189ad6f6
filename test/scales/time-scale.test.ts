import { expect } from '@esm-bundle/chai';
import { formatTimeTicks, scaleTime, tickPrecision } from '../../src/scales/time-scale.js';

const utc = (y: number, m = 1, d = 1) => new Date(Date.UTC(y, m - 1, d));

describe('scaleTime', () => {
  it('scaleTime maps the ends of its domain to the ends of its range, linearly in between', () => {
    const x = scaleTime([utc(2022, 1, 1), utc(2022, 1, 11)], [0, 100]);
    expect(x(utc(2022, 1, 1))).to.equal(0);
    expect(x(utc(2022, 1, 11))).to.equal(100);
    expect(x(utc(2022, 1, 6))).to.equal(50);
  });

  it('scaleTime gives a single date a day either side, so it sits mid-axis', () => {
    const x = scaleTime([utc(2022, 3, 24), utc(2022, 3, 24)], [0, 100]);
    expect(x(utc(2022, 3, 24))).to.equal(50);
  });

  it('scaleTime ticks fall on calendar boundaries', () => {
    const ticks = scaleTime([utc(2022, 1, 15), utc(2022, 7, 15)], [0, 600]).ticks(6);
    expect(ticks.every((t) => t.getUTCDate() === 1 && t.getUTCHours() === 0)).to.equal(true);
  });
});

describe('formatTimeTicks', () => {
  it('tickPrecision reads years, months or days from the ticks', () => {
    expect(tickPrecision([utc(2020), utc(2021)])).to.equal('year');
    expect(tickPrecision([utc(2022, 1), utc(2022, 2)])).to.equal('month');
    expect(tickPrecision([utc(2022, 1, 1), utc(2022, 1, 8)])).to.equal('day');
  });

  it('formatTimeTicks says the year on the first tick and where it changes, not on every tick', () => {
    const ticks = [utc(2022, 11), utc(2022, 12), utc(2023, 1), utc(2023, 2)];
    expect(formatTimeTicks(ticks, 'en-GB')).to.deep.equal(['Nov 2022', 'Dec', 'Jan 2023', 'Feb']);
  });

  it('formatTimeTicks writes days with their month, in the locale', () => {
    expect(formatTimeTicks([utc(2022, 3, 1), utc(2022, 3, 8)], 'en-GB')).to.deep.equal(['1 Mar 2022', '8 Mar']);
  });
});
