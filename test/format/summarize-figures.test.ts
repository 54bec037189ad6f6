// Every language registered, as the package's entry and the static renderer do.
import '../../src/format/all-languages.js';
import { expect } from '@esm-bundle/chai';
import { summarizeFigures } from '../../src/format/summarize-figures.js';
import { validateEstimates } from '../../src/data/validate-estimates.js';
import { seedCasualties, seedDeaths, seedDisplaced } from '../fixtures/seed-figures.js';
import type { Estimate } from '../../src/data/figure.js';

const figures = (e: Estimate[]) => validateEstimates(e).figures;

describe('summarizeFigures', () => {
  it('summarizeFigures(seed deaths) says who gave the lowest and highest figures and where the sources agree', () => {
    expect(summarizeFigures(figures(seedDeaths))).to.equal(
      'Russian military deaths: 2 estimates. Estimates run from 7,000 (A NATO source) to 15,000 (Ukrainian authorities and A NATO source). ' +
        'All sources agree on 10,000 to 15,000. All figures as of March 24, 2022.',
    );
  });

  it('summarizeFigures says a vague figure in its words and that ranges that do not overlap disagree', () => {
    expect(summarizeFigures(figures(seedCasualties))).to.equal(
      'Russian casualties (killed, wounded, captured or missing): 2 estimates. Estimates run from thousands (British military intelligence) ' +
        'to 40,000 (An anonymous NATO officer). The sources disagree: their ranges do not all overlap. All figures as of March 24, 2022.',
    );
  });

  it("summarizeFigures names a source outside every other source's range", () => {
    const list: Estimate[] = [
      { label: 'A', low: 10, high: 20 },
      { label: 'B', low: 12, high: 18 },
      { label: 'C', estimate: 'at least 50' },
    ];
    expect(summarizeFigures(figures(list), { unit: 'Deaths' })).to.contain(
      'at least 50 (C) lies outside every other source’s range.',
    );
  });

  it('summarizeFigures gives the span of dates when they differ', () => {
    const list: Estimate[] = [
      { label: 'A', value: 8, date: '2022-03-21' },
      { label: 'B', value: 6, date: '2022-03-24' },
    ];
    expect(summarizeFigures(figures(list), { locale: 'en-GB' })).to.contain(
      'The figures date from 21 March 2022 to 24 March 2022.',
    );
  });

  it('summarizeFigures speaks Ukrainian, with Ukrainian plurals, in a uk chart', () => {
    const text = summarizeFigures(figures(seedDisplaced), { locale: 'uk' });
    expect(text).to.contain('People displaced from their homes in Ukraine: 2 оцінки.');
    expect(text).to.contain(
      'Оцінки — від 3,5 мільйона (Fled to neighbouring countries) до 6,5 мільйона (Displaced within Ukraine).',
    );
    const five = Array.from({ length: 5 }, (_, i) => ({ label: `S${i}`, value: i + 1 }));
    expect(summarizeFigures(figures(five), { locale: 'uk', unit: 'Втрати' })).to.match(/^Втрати: 5 оцінок\./);
  });
});
