import { expect } from '@esm-bundle/chai';
import { joinRevisions, revisionDirection } from '../../src/data/revisions.js';
import { validateEstimates } from '../../src/data/validate-estimates.js';
import type { Estimate } from '../../src/data/figure.js';
import { revisedClaims } from '../fixtures/revised-claims.js';
import { seedAll } from '../fixtures/seed-figures.js';

const figures = (estimates: Estimate[]) => validateEstimates(estimates).figures;

describe('joinRevisions', () => {
  it('joins a source’s dated figures into its latest, the earlier ones oldest first, where its first row stood', () => {
    const joined = joinRevisions(figures(revisedClaims));
    expect(joined.map((f) => f.label)).to.deep.equal([
      'Ukraine’s General Staff',
      'US officials',
      'NATO',
      'Russia’s Ministry of Defence',
    ]);
    const [ukraine, us, nato, russia] = joined;
    expect(ukraine.value).to.equal(16100);
    expect(ukraine.row).to.equal(3);
    expect(ukraine.earlier!.map((e) => e.value)).to.deep.equal([12000, 13500]);
    expect(us.kind).to.equal('lower-bound');
    expect(us.earlier!.map((e) => [e.low, e.high])).to.deep.equal([[5000, 6000]]);
    expect(nato.earlier).to.equal(undefined);
    expect(russia.earlier!.map((e) => e.value)).to.deep.equal([498]);
  });

  it('matches labels as a reader would (case and spaces) but never across groups', () => {
    const joined = joinRevisions(
      figures([
        { label: 'NATO ', group: 'Killed', value: 1, date: '2022-03-01' },
        { label: 'nato', group: 'Killed', value: 2, date: '2022-03-02' },
        { label: 'NATO', group: 'Wounded', value: 3, date: '2022-03-03' },
      ]),
    );
    expect(joined.map((f) => [f.group, f.value, f.earlier?.length ?? 0])).to.deep.equal([
      ['Killed', 2, 1],
      ['Wounded', 3, 0],
    ]);
  });

  it('leaves rows apart when one is undated or two share a date: those are different claims', () => {
    const undated = figures([
      { label: 'A', value: 1, date: '2022-03-01' },
      { label: 'A', value: 2 },
    ]);
    expect(joinRevisions(undated)).to.equal(undated);
    const sameDay = figures([
      { label: 'A', value: 1, date: '2022-03-01' },
      { label: 'A', value: 2, date: '2022-03-01' },
    ]);
    expect(joinRevisions(sameDay)).to.equal(sameDay);
  });

  it('returns the figures themselves when nothing is revised (the seed figures)', () => {
    const seed = figures(seedAll);
    expect(joinRevisions(seed)).to.equal(seed);
  });

  it('revisionDirection compares the first figure’s centre with the latest’s', () => {
    const [ukraine, us, nato, russia] = joinRevisions(figures(revisedClaims));
    expect([ukraine, us, nato, russia].map(revisionDirection)).to.deep.equal(['raised', 'raised', undefined, 'raised']);
    const [down] = joinRevisions(
      figures([
        { label: 'A', value: 5, date: '2022-03-02' },
        { label: 'A', estimate: '2-4', date: '2022-03-03' },
      ]),
    );
    expect(revisionDirection(down)).to.equal('lowered');
  });
});
