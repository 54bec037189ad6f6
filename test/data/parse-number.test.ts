import { expect } from '@esm-bundle/chai';
import { numberSeparators, readDigits } from '../../src/data/parse-number.js';

const value = (raw: string, locale?: string, trust?: boolean) => {
  const read = readDigits(raw, locale, trust);
  return read.ok ? read.value : read.reason;
};

describe('readDigits', () => {
  it('numberSeparators reads the locale: a comma groups in English and is the decimal in Ukrainian', () => {
    expect(numberSeparators('en')).to.deep.equal({ group: ',', decimal: '.' });
    expect(numberSeparators('uk').decimal).to.equal(',');
    expect(numberSeparators('uk').group).to.equal(' ');
  });

  it('reads grouped numbers in any style that cannot be mistaken', () => {
    expect(value('15,000')).to.equal(15000);
    expect(value('1,234,567')).to.equal(1234567);
    expect(value('1.234.567')).to.equal(1234567);
    expect(value('1,234.5')).to.equal(1234.5);
    expect(value('1.234,5')).to.equal(1234.5);
    expect(value('10 000')).to.equal(10000);
    expect(value('4,00,000'), 'Indian lakh grouping').to.equal(400000);
    expect(value('5·5'), 'middle-dot decimal').to.equal(5.5);
    expect(value('.5')).to.equal(0.5);
    expect(value('1.5e6')).to.equal(1.5e6);
  });

  it('reads a lone separator before three digits by the locale, and says so when it is the decimal point', () => {
    expect(value('15,000', 'uk')).to.equal(15);
    expect(readDigits('15,000', 'uk'))
      .to.have.property('warning')
      .that.matches(/number-locale/);
    expect(readDigits('15,000', 'uk', true)).not.to.have.property('warning');
    expect(value('15.000', 'de')).to.equal(15000);
    expect(readDigits('15.000', 'de')).not.to.have.property('warning');
    expect(value('15.000', 'en')).to.equal(15);
    expect(readDigits('15.000', 'en')).to.have.property('warning');
    expect(readDigits('15,000', 'en')).not.to.have.property('warning');
    expect(readDigits('0.622', 'en'), 'no thousands start with 0').not.to.have.property('warning');
    expect(readDigits('1.046', 'en'), 'English decimals as written').not.to.have.property('warning');
    expect(readDigits('1.250', 'en'), 'a data file’s three decimals').not.to.have.property('warning');
    expect(readDigits('7,125', 'uk'), 'English copy in a Ukrainian chart').to.have.property('warning');
  });

  it('reads a decimal comma in English copy ("237,5") and warns that it was not the locale’s', () => {
    expect(value('237,5')).to.equal(237.5);
    expect(readDigits('237,5'))
      .to.have.property('warning')
      .that.matches(/decimal point/);
    expect(value('3,5', 'uk')).to.equal(3.5);
    expect(readDigits('3,5', 'uk')).not.to.have.property('warning');
  });

  it('rejects digits no locale writes', () => {
    expect(value('1.2.3')).to.match(/not a number it can read/);
    expect(value('1,2345,678')).to.match(/not a number it can read/);
    expect(value('1e309')).to.match(/too large/);
  });
});
