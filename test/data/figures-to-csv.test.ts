import { expect } from '@esm-bundle/chai';
import { figuresToCsv } from '../../src/data/figures-to-csv.js';
import { readCsv } from '../../src/data/read-csv.js';
import { validateEstimates } from '../../src/data/validate-estimates.js';
import { seedAll } from '../fixtures/seed-figures.js';

describe('figuresToCsv', () => {
  it('figuresToCsv writes every figure so that reading the file back gives the same figures', () => {
    const figures = validateEstimates(seedAll).figures;
    const csv = figuresToCsv(figures);
    expect(csv.split('\n')[0]).to.equal('label,group,low,value,high,kind,intervals,estimate,date,source,url,note');
    expect(csv.split('\n')[1]).to.equal(
      'Ukrainian authorities,Russian military deaths,10000,,15000,range,,"10-15,000",2022-03-24,,,Not independently verified.',
    );
    const again = readCsv(csv);
    const reread = validateEstimates(again.records, { rowNumbers: again.rowNumbers }).figures;
    expect(reread.map((f) => [f.label, f.low, f.value, f.high])).to.deep.equal(
      figures.map((f) => [f.label, f.low, f.value, f.high]),
    );
  });
});
