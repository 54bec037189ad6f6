import { expect } from '@esm-bundle/chai';
import { numberSeparators, parseQuantity } from '../../src/data/parse-number.js';

describe('parseQuantity', () => {
  it('numberSeparators reads the locale: a comma groups in English and is the decimal in Ukrainian', () => {
    expect(numberSeparators('en')).to.deep.equal({ group: ',', decimal: '.' });
    expect(numberSeparators('uk').decimal).to.equal(',');
    expect(numberSeparators('uk').group).to.equal(' ');
  });

  it('parseQuantity reads grouped numbers, multipliers and words', () => {
    expect(parseQuantity('15,000')?.value).to.equal(15000);
    expect(parseQuantity('3.5m')?.value).to.equal(3_500_000);
    expect(parseQuantity('1.2bn')?.value).to.equal(1_200_000_000);
    expect(parseQuantity('40k')?.value).to.equal(40000);
    expect(parseQuantity('half a million')?.value).to.equal(500_000);
    expect(parseQuantity('six')?.value).to.equal(6);
  });

  it('parseQuantity reads the same figure written the Ukrainian way', () => {
    expect(parseQuantity('3,5', 'uk')?.value).to.equal(3.5);
    expect(parseQuantity('15 000', 'uk')?.value).to.equal(15000);
  });

  it('parseQuantity reads nothing from text without a number', () => {
    expect(parseQuantity('unknown')).to.equal(undefined);
  });
});
