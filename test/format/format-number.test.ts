import { expect } from '@esm-bundle/chai';
import { formatNumber, tickFormatter } from '../../src/format/format-number.js';

/** What the reader saw before one formatter served every magnitude: a formatter per number of decimals. */
function expected(value: number, locale: string): string {
  const magnitude = Math.abs(value);
  const digits = magnitude === 0 ? 0 : magnitude < 1 ? 3 : magnitude < 100 ? 2 : magnitude < 10000 ? 1 : 0;
  return new Intl.NumberFormat(locale, { maximumFractionDigits: digits }).format(value);
}

describe('formatNumber', () => {
  it('rounds as Intl does, halves away from zero on the number as written', () => {
    expect(formatNumber(1.025)).to.equal('1.03');
    expect(formatNumber(-1.025)).to.equal('-1.03');
    expect(formatNumber(1.005)).to.equal('1.01');
    expect(formatNumber(0.0005)).to.equal('0.001');
    expect(formatNumber(14999.5)).to.equal('15,000');
    expect(formatNumber(1234.55)).to.equal('1,234.6');
  });

  it('matches a formatter per number of decimals for thousands of numbers, in two locales', () => {
    let seed = 3;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const values = [0, -0, 1e-7, 5e-7, 1e21, 2.5e22, 0.1 + 0.2, 99.995, 9999.95, -0.0005];
    for (let i = 0; i < 4000; i++) {
      const magnitude = 10 ** Math.floor(random() * 14 - 4);
      // Halves at the rounding digit are the hard cases: make many of them.
      const raw = (random() - 0.3) * magnitude;
      values.push(i % 2 ? raw : Number(raw.toPrecision(4)));
    }
    for (const locale of ['en', 'uk']) {
      const wrong = values.filter((v) => formatNumber(v, locale) !== expected(v, locale));
      expect(wrong.map((v) => `${v} → ${formatNumber(v, locale)} (Intl: ${expected(v, locale)})`)).to.deep.equal([]);
    }
  });

  it('writes compact and long forms only for large numbers', () => {
    expect(formatNumber(15000, 'en', 'compact')).to.equal('15K');
    expect(formatNumber(950, 'en', 'compact')).to.equal('950');
    expect(formatNumber(3_500_000, 'en', 'words')).to.equal('3.5 million');
    expect(formatNumber(15000, 'en', 'words')).to.equal('15,000');
    expect(tickFormatter('en', true)(2_000_000)).to.equal('2M');
    expect(tickFormatter('en', false)(0.25)).to.equal('0.25');
  });
});

describe('tickFormatter', () => {
  it('tickFormatter writes negatives with a true minus, in both styles', () => {
    expect(tickFormatter('en', false)(-1500)).to.equal('\u22121,500');
    expect(tickFormatter('en', true)(-1_500_000)).to.equal('\u22121.5M');
    expect(tickFormatter('en', false)(0.5)).to.equal('0.5');
  });
});

describe('tickFormatter', () => {
  it('writes small ticks of a compact axis in full, never as 0 (a log axis at 320 px)', () => {
    const compact = tickFormatter('en', true);
    expect([0.001, 0.1, 10, 1000, 2_000_000].map(compact)).to.deep.equal(['0.001', '0.1', '10', '1K', '2M']);
    expect(compact(0)).to.equal('0');
  });
});
