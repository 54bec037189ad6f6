import { expect } from '@esm-bundle/chai';
import { parseFigureDate } from '../../src/data/parse-date.js';

describe('parseFigureDate', () => {
  it('parseFigureDate reads ISO dates in UTC and keeps their precision', () => {
    expect(parseFigureDate('2022-03-24')).to.deep.equal({ time: new Date(Date.UTC(2022, 2, 24)), precision: 'day' });
    expect(parseFigureDate('2022-03')?.precision).to.equal('month');
    expect(parseFigureDate('2022')?.precision).to.equal('year');
    expect(parseFigureDate('2022-03-24T18:30Z')?.time.toISOString()).to.equal('2022-03-24T18:30:00.000Z');
    expect(parseFigureDate('2022-03-24T18:30')?.time.toISOString()).to.equal('2022-03-24T18:30:00.000Z');
  });

  it('parseFigureDate rejects day-month orders and impossible dates', () => {
    for (const bad of ['24/03/2022', '03/24/2022', 'March 24', '2022-13-01', '2022-04-31', '', 'yesterday']) {
      expect(parseFigureDate(bad), bad).to.equal(undefined);
    }
  });
});
