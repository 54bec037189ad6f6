import { expect } from '@esm-bundle/chai';
import { readJson } from '../../src/data/read-json.js';
import { describeIssue } from '../../src/data/figure-issue.js';

describe('readJson', () => {
  it('readJson reads an array, or one under "estimates" or "data"', () => {
    expect(readJson('[{"label":"A"}]').records).to.deep.equal([{ label: 'A' }]);
    expect(readJson('{"estimates":[{"label":"A"}]}').records).to.deep.equal([{ label: 'A' }]);
    expect(readJson('{"data":[{"label":"B"}]}').records).to.deep.equal([{ label: 'B' }]);
  });

  it("readJson reports truncated JSON with the parser's position, and a non-list", () => {
    const truncated = readJson('[{"label":"A"');
    expect(truncated.records).to.deep.equal([]);
    expect(describeIssue(truncated.issues[0])).to.match(/^The JSON could not be read: .+/);
    expect(readJson('42').issues.map(describeIssue)).to.deep.equal([
      'The JSON is not a list of estimates (expected [ { "label": … }, … ]).',
    ]);
    expect(readJson('  ').issues.map(describeIssue)).to.deep.equal(['The JSON is empty.']);
  });
});
