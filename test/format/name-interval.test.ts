import { expect } from '@esm-bundle/chai';
import { validateEstimates } from '../../src/data/validate-estimates.js';
import { nameInterval, nameLevel } from '../../src/format/name-interval.js';
import { speakFigure } from '../../src/format/speak-figure.js';
import { summarizeFigures } from '../../src/format/summarize-figures.js';
import '../../src/format/all-languages.js';
import { covidDeaths } from '../fixtures/covid-deaths.js';

describe('an interval’s kind in words', () => {
  it('nameInterval writes the kind with its level, in the chart’s language', () => {
    expect(nameInterval({ kind: 'confidence', level: 0.95 }, 'en')).to.equal('95% confidence interval');
    expect(nameInterval({ kind: 'confidence' }, 'en')).to.equal('confidence interval');
    expect(nameInterval({ kind: 'claimed' }, 'en')).to.equal('claimed range');
    expect(nameInterval({ kind: 'other', text: 'highest-density interval' }, 'en')).to.equal(
      'highest-density interval',
    );
    expect(nameInterval({ kind: 'confidence', level: 0.95 }, 'uk')).to.equal('довірчий інтервал 95%');
    // The IPCC's calibrated words are level and kind at once.
    expect(nameInterval({ kind: 'likely' }, 'en', 'very likely')).to.equal('very likely range');
  });

  it('nameLevel names a nested level with the figure’s kind, or alone when none was said', () => {
    expect(nameLevel({ kind: 'credible' }, 0.5, 'en')).to.equal('50% credible interval');
    expect(nameLevel(undefined, 0.5, 'en')).to.equal('50% interval');
  });

  it('the spoken name says each figure’s kind, and a named range’s level once', () => {
    const [who, lancet, reported] = validateEstimates(covidDeaths).figures;
    expect(speakFigure(who)).to.equal(
      'WHO: excess deaths: 14.9 million (95% confidence interval 13.3 million to 16.6 million), as of May 5, 2022',
    );
    expect(speakFigure(lancet)).to.contain('18.2 million (95% uncertainty interval 17.1 million to 19.6 million)');
    expect(speakFigure(reported)).to.equal('Reported COVID-19 deaths: 5.94 million, as of March 10, 2022');
    const [nested] = validateEstimates([
      {
        label: 'Model',
        value: 3,
        intervals: [
          { low: 1, high: 5, level: 0.95 },
          { low: 2, high: 4, level: 0.5 },
        ],
        interval: 'credible',
      },
    ]).figures;
    expect(speakFigure(nested)).to.equal('Model: 3 (95% credible interval 1 to 5); 50% credible interval 2 to 4');
  });

  it('the summary says what the ranges are once, by kind and by who gave them', () => {
    const summary = summarizeFigures(validateEstimates(covidDeaths).figures, { locale: 'en' });
    expect(summary).to.contain(
      'What the ranges are: 95% confidence interval (WHO: excess deaths); 95% uncertainty interval (The Lancet: excess deaths).',
    );
    // Not again in each sentence that quotes a figure.
    expect(summary.match(/confidence interval/g)).to.have.length(1);
    const one = summarizeFigures(
      validateEstimates(
        [
          { label: 'A', low: 1, high: 2 },
          { label: 'B', low: 2, high: 3 },
        ],
        { interval: 'claimed' },
      ).figures,
    );
    expect(one).to.contain('What the ranges are: claimed range.');
  });
});
