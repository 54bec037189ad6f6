import { expect } from '@esm-bundle/chai';
import { readIntervalName } from '../../src/data/interval-name.js';
import { parseEstimate } from '../../src/data/parse-estimate.js';
import { validateEstimates } from '../../src/data/validate-estimates.js';
import { figuresToCsv } from '../../src/data/figures-to-csv.js';

describe('readIntervalName', () => {
  const cases: [string, ReturnType<typeof readIntervalName>][] = [
    ['95% confidence interval', { kind: 'confidence', level: 0.95 }],
    ['95 % CI', { kind: 'confidence', level: 0.95 }],
    ['credible interval (90%)', { kind: 'credible', level: 0.9 }],
    ['0.5 credible', { kind: 'credible', level: 0.5 }],
    ['95% UI', { kind: 'uncertainty', level: 0.95 }],
    ['prediction interval', { kind: 'prediction' }],
    ['likely range', { kind: 'likely' }],
    ['very likely', { kind: 'very-likely' }],
    ['claimed range', { kind: 'claimed' }],
    ['min-max', { kind: 'min-max' }],
    ['lowest to highest', { kind: 'min-max' }],
    ['margin of error', { kind: 'margin-of-error' }],
    ['IQR', { kind: 'interquartile' }],
    ['highest-density interval', { kind: 'other', text: 'highest-density interval' }],
    ['  ', undefined],
  ];
  for (const [text, expected] of cases)
    it(`reads “${text}”`, () => expect(readIntervalName(text)).to.deep.equal(expected));
});

describe('an interval named by the phrase, the figure or the chart', () => {
  it('parseEstimate carries the kind and level a bracket names', () => {
    const read = parseEstimate('19 (95% CI: 15–24)');
    expect(read.ok && read.interval).to.deep.equal({ kind: 'confidence', level: 0.95 });
    const credible = parseEstimate('0.68% (95% credible interval 0.53–0.82)');
    expect(credible.ok && credible.interval).to.deep.equal({ kind: 'credible', level: 0.95 });
    const bare = parseEstimate('10-15,000');
    expect(bare.ok && bare.interval).to.equal(undefined);
  });

  it('the figure’s own words win over the phrase’s, and both over the chart’s', () => {
    const { figures } = validateEstimates(
      [
        { label: 'Own', estimate: '19 (95% CI: 15–24)', interval: '90% credible interval' },
        { label: 'Phrase', estimate: '19 (95% CI: 15–24)' },
        { label: 'Chart', low: 1, high: 2 },
        { label: 'A point has no interval', value: 3 },
      ],
      { interval: 'claimed range' },
    );
    expect(figures.map((f) => f.interval)).to.deep.equal([
      { kind: 'credible', level: 0.9 },
      { kind: 'confidence', level: 0.95 },
      { kind: 'claimed' },
      undefined,
    ]);
  });

  it('the CSV download gains an interval column only when a figure names one', () => {
    const named = validateEstimates([{ label: 'A', estimate: '19 (95% CI: 15–24)' }]).figures;
    expect(figuresToCsv(named).split('\n')[0]).to.contain(',interval,');
    expect(figuresToCsv(named).split('\n')[1]).to.contain(',95% confidence,');
    const plain = validateEstimates([{ label: 'A', low: 1, high: 2 }]).figures;
    expect(figuresToCsv(plain).split('\n')[0]).not.to.contain('interval,');
  });
});
