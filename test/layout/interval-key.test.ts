import { expect } from '@esm-bundle/chai';
import { layoutRangeChart } from '../../src/layout/layout-range-chart.js';
import { layoutTimeline } from '../../src/layout/layout-timeline.js';
import { approximateTextMeasurer } from '../../src/layout/text-measurer.js';
import { validateEstimates } from '../../src/data/validate-estimates.js';
import { seedDeaths } from '../fixtures/seed-figures.js';
import { covidDeaths } from '../fixtures/covid-deaths.js';
import { climateSensitivity } from '../fixtures/climate-sensitivity.js';
import { hadcrutFan } from '../fixtures/hadcrut-timeline.js';

const measure = approximateTextMeasurer(15);
const keyTexts = (items: { label: { text: string } }[]) => items.map((k) => k.label.text);

describe('the key names the kind of interval', () => {
  it('a range chart whose ranges are all of one kind has a one-bar key that says it', () => {
    for (const width of [280, 375, 960]) {
      const figures = validateEstimates(seedDeaths, { interval: 'claimed range' }).figures;
      const g = layoutRangeChart({ figures, width, measure });
      expect(keyTexts(g.key), `${width}`).to.deep.equal(['claimed range']);
      expect(g.key[0].thickness).to.equal(g.rows[0].strokes[0].thickness);
      expect(g.groups[0].top, 'the rows start under the key').to.be.above(g.key[0].y);
    }
  });

  it('no key when the kind was not said, or differs between rows', () => {
    const plain = layoutRangeChart({ figures: validateEstimates(seedDeaths).figures, width: 960, measure });
    expect(plain.key).to.deep.equal([]);
    const mixed = layoutRangeChart({ figures: validateEstimates(covidDeaths).figures, width: 960, measure });
    expect(mixed.key).to.deep.equal([]);
  });

  it('nested levels are named with their kind', () => {
    const figures = validateEstimates(climateSensitivity, { interval: 'likely' }).figures;
    const g = layoutRangeChart({ figures, width: 960, measure });
    expect(keyTexts(g.key)).to.deep.equal(['likely range', 'very likely range']);
  });

  it('a fan chart’s bands are named with their kind in the timeline’s key', () => {
    const figures = validateEstimates(hadcrutFan, { interval: 'confidence', labelOptional: true }).figures;
    const g = layoutTimeline({ figures, width: 640, measure });
    expect(keyTexts(g.key)).to.deep.equal([
      '50% confidence interval',
      '80% confidence interval',
      '95% confidence interval',
    ]);
  });
});
