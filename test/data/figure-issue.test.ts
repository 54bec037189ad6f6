import { expect } from '@esm-bundle/chai';
import { countIssues, describeIssue, type FigureIssue } from '../../src/data/figure-issue.js';

describe('describeIssue', () => {
  it('describeIssue says row, field, value and reason in one sentence', () => {
    expect(
      describeIssue({
        severity: 'error',
        code: 'nan',
        row: 3,
        field: 'high',
        value: 'abc',
        message: 'is not a number',
      }),
    ).to.equal('Row 3, high: “abc” is not a number.');
    expect(describeIssue({ severity: 'error', code: 'empty', message: 'the file is empty' })).to.equal(
      'The file is empty.',
    );
  });
});

describe('countIssues', () => {
  it('countIssues counts rows left out once each, whole-input errors and warnings', () => {
    const issues: FigureIssue[] = [
      { severity: 'error', code: 'a', row: 2, message: 'x' },
      { severity: 'error', code: 'b', row: 2, message: 'y' },
      { severity: 'error', code: 'c', row: 5, message: 'z' },
      { severity: 'warning', code: 'd', row: 1, message: 'w' },
    ];
    expect(countIssues(issues)).to.deep.equal({ rowsLeftOut: 2, wholeInput: false, warnings: 1 });
    expect(countIssues([{ severity: 'error', code: 'empty', message: 'The file is empty' }])).to.deep.equal({
      rowsLeftOut: 0,
      wholeInput: true,
      warnings: 0,
    });
  });
});
