import { expect } from '@esm-bundle/chai';
import { detectDelimiter, readCsv } from '../../src/data/read-csv.js';
import { validateEstimates } from '../../src/data/validate-estimates.js';
import { describeIssue } from '../../src/data/figure-issue.js';

describe('readCsv', () => {
  it('readCsv reads headers by name and synonyms ("central", "min", "max", "as of")', () => {
    const { records } = readCsv('Source,Min,Central,Max,As of\nNATO,7000,10000,15000,2022-03-24\n');
    expect({ ...records[0] }).to.deep.equal({
      source: 'NATO',
      label: 'NATO',
      low: '7000',
      value: '10000',
      high: '15000',
      date: '2022-03-24',
    });
  });

  it('readCsv strips a byte-order mark and reads Windows line endings', () => {
    const { records } = readCsv('\ufefflabel,value\r\nA,1\r\nB,2\r\n');
    expect(records.map((r) => r.label)).to.deep.equal(['A', 'B']);
  });

  it('detectDelimiter finds semicolons and tabs', () => {
    expect(detectDelimiter('label;low;high\n')).to.equal(';');
    expect(detectDelimiter('label\tlow\thigh\n')).to.equal('\t');
    expect(detectDelimiter('"a;b",low,high\n')).to.equal(',');
  });

  it('readCsv with semicolons and decimal commas reads in a de locale', () => {
    const { records, rowNumbers } = readCsv('label;value\nA;3,5\n');
    expect(validateEstimates(records, { locale: 'de', rowNumbers }).figures[0].value).to.equal(3.5);
  });

  it('readCsv reports an empty file, a header without rows, and an unterminated quote', () => {
    expect(readCsv('').issues.map(describeIssue)).to.deep.equal(['The file is empty.']);
    expect(readCsv('label,value\n').issues.map(describeIssue)).to.deep.equal([
      'The file has a header but no rows of figures.',
    ]);
    expect(readCsv('label,value\n"A,1\n').issues.map(describeIssue)).to.deep.equal([
      'The file has a quote (") that is never closed.',
    ]);
  });

  it('readCsv warns about duplicate headers and ragged rows, and skips blank lines but keeps row numbers', () => {
    const { records, rowNumbers, issues } = readCsv('label,value,value\nA,1,2\n\nB,2,3,4\n');
    expect(records.map((r) => r.value)).to.deep.equal(['1', '2']);
    expect(rowNumbers).to.deep.equal([1, 3]);
    expect(issues.map(describeIssue)).to.deep.equal([
      'value: appears twice in the header; column 3 was ignored.',
      'Row 3: has 4 cells but the header has 3; the extra cells were ignored.',
    ]);
  });

  it('readCsv labels rows by the first column when no column is called label', () => {
    const { records } = readCsv('Country,value\nPoland,2000000\n');
    expect(records[0].label).to.equal('Poland');
  });
});
