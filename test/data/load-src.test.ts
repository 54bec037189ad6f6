import { expect } from '@esm-bundle/chai';
import { loadSrc, waitInWords } from '../../src/data/load-src.js';
import { describeIssue } from '../../src/data/figure-issue.js';

/** A fetch that answers with `body` as `type`, or never answers (`hang`), without a network. */
function fetcher(body: string, type = 'text/csv', status = 200): typeof fetch {
  return (async () => new Response(body, { status, headers: { 'content-type': type } })) as typeof fetch;
}
const hang: typeof fetch = ((_url: string, init?: RequestInit) =>
  new Promise((_, reject) =>
    init?.signal?.addEventListener('abort', () => reject(new Error('aborted'))),
  )) as typeof fetch;

describe('loadSrc', () => {
  it('loadSrc reads a CSV through the fetcher it is given', async () => {
    const csv = 'label,low,high\nUkrainian authorities,10000,15000\n';
    const result = await loadSrc('/deaths.csv', new AbortController().signal, '/deaths.csv', 1000, fetcher(csv));
    expect(result.issues).to.deep.equal([]);
    expect(result.records).to.deep.equal([{ label: 'Ukrainian authorities', low: '10000', high: '15000' }]);
  });

  it('loadSrc reads JSON, and says so when a page of HTML came back instead', async () => {
    const json = await loadSrc(
      '/a.json',
      new AbortController().signal,
      '/a.json',
      1000,
      fetcher('[{"label":"A","value":1}]', 'application/json'),
    );
    expect(json.records).to.deep.equal([{ label: 'A', value: 1 }]);
    const html = await loadSrc(
      '/a.json',
      new AbortController().signal,
      '/a.json',
      1000,
      fetcher('<!doctype html><p>Not found</p>', 'text/html'),
    );
    expect(html.records).to.deep.equal([]);
    expect(html.issues.map(describeIssue).join(' ')).to.contain('is a web page (HTML), not JSON or CSV');
  });

  it('loadSrc gives up after its timeout, and says how long it waited', async () => {
    const result = await loadSrc('/slow.csv', new AbortController().signal, '/slow.csv', 50, hang);
    expect(result.issues.map((i) => i.code)).to.deep.equal(['src-timeout']);
    expect(describeIssue(result.issues[0])).to.contain('did not answer within less than a second (/slow.csv)');
  });

  it('loadSrc reports nothing when the chart itself aborted the request', async () => {
    const controller = new AbortController();
    const pending = loadSrc('/slow.csv', controller.signal, '/slow.csv', 1000, hang);
    controller.abort();
    const result = await pending;
    expect(result.aborted).to.equal(true);
    expect(result.issues).to.deep.equal([]);
  });

  it('waitInWords rounds up to whole seconds, and never says 0 seconds', () => {
    expect(waitInWords(200)).to.equal('less than a second');
    expect(waitInWords(1000)).to.equal('1 second');
    expect(waitInWords(1500)).to.equal('2 seconds');
    expect(waitInWords(15000)).to.equal('15 seconds');
  });
});
