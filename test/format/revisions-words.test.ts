import { expect } from '@esm-bundle/chai';
import { joinRevisions } from '../../src/data/revisions.js';
import { validateEstimates } from '../../src/data/validate-estimates.js';
import { speakFigure } from '../../src/format/speak-figure.js';
import { summarizeFigures } from '../../src/format/summarize-figures.js';
import { summarizeTimeline } from '../../src/format/summarize-timeline.js';
import { earlierFigures } from '../../src/format/earlier-figures.js';
import '../../src/format/all-languages.js';
import { revisedClaims } from '../fixtures/revised-claims.js';

const joined = joinRevisions(validateEstimates(revisedClaims).figures);
const [ukraine, us, nato] = joined;

describe('a revised claim in words', () => {
  it('earlierFigures lists the earlier figures oldest first, drawn or spoken', () => {
    expect(earlierFigures(ukraine, { locale: 'en', dateLength: 'short', form: 'drawn' })).to.equal(
      'was 12,000 on Mar 9 and 13,500 on Mar 16',
    );
    expect(earlierFigures(us, { locale: 'en', dateLength: 'long', form: 'spoken' })).to.equal(
      'was between 5,000 and 6,000 on March 9, 2022',
    );
    expect(earlierFigures(us, { locale: 'en', dateLength: 'medium', form: 'spoken', bare: true })).to.equal(
      'between 5,000 and 6,000 on Mar 9, 2022',
    );
    expect(earlierFigures(nato, { locale: 'en', dateLength: 'short', form: 'drawn' })).to.equal(undefined);
  });

  it('the spoken name says the latest figure, its date, then what it was', () => {
    expect(speakFigure(us, { locale: 'en' })).to.equal(
      'US officials: at least 7,000, as of March 16, 2022, was between 5,000 and 6,000 on March 9, 2022',
    );
  });

  it('the summary says who raised their figures, since the first earlier date', () => {
    const summary = summarizeFigures(joined, { locale: 'en' });
    expect(summary).to.contain(
      '3 sources raised their figures since March 2, 2022: Ukraine’s General Staff, US officials, and Russia’s Ministry of Defence.',
    );
    expect(summary).to.contain('Russian troops killed in Ukraine: 4 estimates.');
  });

  it('one source, lowered, in English and Ukrainian', () => {
    const [down] = joinRevisions(
      validateEstimates([
        { label: 'A', value: 5, date: '2022-03-02' },
        { label: 'A', estimate: '2-4', date: '2022-03-03' },
      ]).figures,
    );
    expect(summarizeFigures([down], { locale: 'en' })).to.contain(
      'One source lowered its figure since March 2, 2022: A.',
    );
    expect(summarizeFigures([down], { locale: 'uk' })).to.contain('1 джерело знизило свою оцінку з 2 березня 2022');
  });

  it('the timeline summary says it too, from the sources’ own marks', () => {
    const summary = summarizeTimeline(validateEstimates(revisedClaims).figures, { locale: 'en' });
    expect(summary).to.contain('3 sources raised their figures since March 2, 2022');
  });
});
