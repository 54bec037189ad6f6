import { expect } from '@esm-bundle/chai';
import { readTable } from '../../src/components/read-table.js';

function table(html: string): HTMLTableElement {
  const t = document.createElement('table');
  t.innerHTML = html;
  return t;
}

describe('readTable', () => {
  it('readTable takes the header from <thead>, reads each body row as text, and labels rows by their source', () => {
    const result = readTable(
      table(`<thead><tr><th>Source</th><th>Estimate</th></tr></thead>
        <tbody><tr><td>Ukrainian  authorities</td><td>10-15,000</td></tr></tbody>`),
    );
    expect(result.issues).to.deep.equal([]);
    expect(result.records).to.deep.equal([
      { source: 'Ukrainian authorities', estimate: '10-15,000', label: 'Ukrainian authorities' },
    ]);
  });

  it('readTable uses the first row as the header when there is no <thead>', () => {
    const result = readTable(table('<tr><th>label</th><th>value</th></tr><tr><td>A</td><td>1</td></tr>'));
    expect(result.records).to.deep.equal([{ label: 'A', value: '1' }]);
  });

  it('readTable gives a row the href of a link in it, unless a url column says otherwise', () => {
    const result = readTable(
      table(`<tr><th>label</th><th>url</th></tr>
        <tr><td><a href="https://example.org/a">A</a></td><td></td></tr>
        <tr><td><a href="https://example.org/b">B</a></td><td>https://example.org/own</td></tr>`),
    );
    expect(result.records.map((r) => r.url)).to.deep.equal(['https://example.org/a', 'https://example.org/own']);
  });

  it('readTable says so when the table has a header but no rows', () => {
    const result = readTable(table('<tr><th>label</th><th>value</th></tr>'));
    expect(result.records).to.deep.equal([]);
    expect(result.issues.map((i) => i.code)).to.include('no-rows');
  });
});
