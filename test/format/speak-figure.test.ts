// Every language registered, as the package's entry and the static renderer do.
import '../../src/format/all-languages.js';
import { expect } from '@esm-bundle/chai';
import { speakFigure } from '../../src/format/speak-figure.js';
import { validateEstimates } from '../../src/data/validate-estimates.js';
import { climateSensitivity } from '../fixtures/climate-sensitivity.js';

describe('speakFigure', () => {
  it('speakFigure says the range in words with its unit and date', () => {
    const [f] = validateEstimates([
      { label: 'A NATO source', estimate: 'between 7,000 and 15,000', date: '2022-03-23' },
    ]).figures;
    expect(speakFigure(f, { unit: 'Russian troops killed', locale: 'en-GB' })).to.equal(
      'A NATO source: between 7,000 and 15,000 Russian troops killed, as of 23 March 2022',
    );
  });

  it('speakFigure names each interval by its level, inner first', () => {
    const [ar6] = validateEstimates(climateSensitivity).figures;
    expect(speakFigure(ar6, { unit: '°C' })).to.equal(
      'IPCC AR6 (2021): 3 (range 2 to 5) °C; likely interval 2.5 to 4; very likely interval 2 to 5, IPCC, as of August 9, 2021',
    );
  });

  it('speakFigure says "about" and "at least" rather than a bare number', () => {
    const figures = validateEstimates([
      { label: 'UN', estimate: 'about 3.5 million' },
      { label: 'X', estimate: 'at least 7,000' },
    ]).figures;
    expect(figures.map((f) => speakFigure(f))).to.deep.equal(['UN: about 3.5 million', 'X: at least 7,000']);
  });

  it('speakFigure joins a vague plural to its unit with "of", in words a sentence can hold', () => {
    const figures = validateEstimates([
      { label: 'British military intelligence', estimate: 'thousands' },
      { label: 'Aid groups', estimate: 'tens of thousands' },
      { label: 'Officials', estimate: 'several thousand' },
    ]).figures;
    expect(figures.map((f) => speakFigure(f, { unit: 'casualties' }))).to.deep.equal([
      'British military intelligence: thousands of casualties',
      'Aid groups: tens of thousands of casualties',
      'Officials: several thousand casualties',
    ]);
    expect(speakFigure(figures[0], { unit: 'люди', locale: 'uk' })).to.equal(
      'British military intelligence: thousands (люди)',
    );
  });
});
