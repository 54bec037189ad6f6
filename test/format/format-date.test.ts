import { expect } from '@esm-bundle/chai';
import { formatFigureDate } from '../../src/format/format-date.js';
import { parseFigureDate } from '../../src/data/parse-date.js';

describe('formatFigureDate', () => {
  it('formatFigureDate writes the date in UTC at the precision given', () => {
    expect(formatFigureDate(parseFigureDate('2022-03-24')!, 'en-GB')).to.equal('24 Mar 2022');
    expect(formatFigureDate(parseFigureDate('2022-03-24')!, 'en-GB', 'short')).to.equal('24 Mar');
    expect(formatFigureDate(parseFigureDate('2022-03-24')!, 'en-GB', 'long')).to.equal('24 March 2022');
    expect(formatFigureDate(parseFigureDate('2022-03')!, 'en-GB')).to.equal('Mar 2022');
    expect(formatFigureDate(parseFigureDate('1979')!, 'en-GB')).to.equal('1979');
  });

  it('formatFigureDate keeps late-evening UTC figures on their own day', () => {
    expect(formatFigureDate(parseFigureDate('2022-03-24T23:30Z')!, 'en-GB')).to.equal('24 Mar 2022');
  });
});
