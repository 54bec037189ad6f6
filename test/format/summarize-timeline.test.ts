// Every language registered, as the package's entry and the static renderer do.
import '../../src/format/all-languages.js';
import { expect } from '@esm-bundle/chai';
import { summarizeTimeline } from '../../src/format/summarize-timeline.js';
import { validateEstimates } from '../../src/data/validate-estimates.js';

const figures = validateEstimates(
  [
    { group: 'Refugees', date: '2022-02-24', value: 0 },
    { group: 'Refugees', date: '2022-03-08', value: 2_000_000, low: 1_800_000, high: 2_200_000 },
    { group: 'Refugees', date: '2022-03-23', value: 3_500_000, low: 3_400_000, high: 3_600_000 },
    { group: 'Refugees', label: 'UN', date: '2022-03-24', estimate: 'about 3.5 million' },
  ],
  { labelOptional: true, dateRequired: true },
).figures;

describe('summarizeTimeline', () => {
  it("summarizeTimeline says each series' trend from its first to its last date", () => {
    expect(summarizeTimeline(figures, { locale: 'en-GB' })).to.contain(
      'Refugees rose from 0 on 24 February 2022 to 3.5 million (range 3.4 million to 3.6 million) on 23 March 2022.',
    );
  });

  it("summarizeTimeline counts sources' estimates apart from the series' own points", () => {
    const text = summarizeTimeline(figures, { locale: 'en-GB' });
    // One, in the singular (it said "1 estimates" until this test).
    expect(text).to.contain('One estimate from a named source is marked on the chart.');
    const two = validateEstimates(
      [
        { group: 'Refugees', date: '2022-02-24', value: 0 },
        { group: 'Refugees', label: 'UN', date: '2022-03-24', value: 3_500_000 },
        { group: 'Refugees', label: 'IOM', date: '2022-03-25', value: 3_600_000 },
      ],
      { labelOptional: true, dateRequired: true },
    ).figures;
    expect(summarizeTimeline(two, { locale: 'en-GB' })).to.contain(
      '2 estimates from named sources are marked on the chart.',
    );
  });

  it('summarizeTimeline speaks the chart’s language', () => {
    expect(summarizeTimeline(figures, { locale: 'uk' })).to.contain('Refugees: зростання');
  });
});
