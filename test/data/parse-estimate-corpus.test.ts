import { expect } from '@esm-bundle/chai';
import { parseEstimate, type EstimateParseResult } from '../../src/data/parse-estimate.js';
import { CORPUS, HELD_OUT, SOURCES } from './parse-estimate.corpus.js';

interface Expected {
  kind: string;
  low?: number;
  value?: number;
  high?: number;
  unit?: string;
}

/** A spec of parse-estimate.corpus.ts as the reading it stands for, or the reason a rejection must give. */
function decode(spec: string): Expected | RegExp {
  if (spec.startsWith('!')) return new RegExp(spec.slice(1), 'i');
  const [body, unit] = spec.split('|');
  const withUnit = (e: Expected): Expected => (unit ? { ...e, unit } : e);
  const range = /^(\?)?(-?[\d.]+)\.\.(-?[\d.]+)(?: @(-?[\d.]+))?$/.exec(body);
  if (range) {
    const [, vague, low, high, centre] = range;
    return withUnit({
      kind: vague ? 'vague' : 'range',
      low: Number(low),
      high: Number(high),
      ...(centre ? { value: Number(centre) } : {}),
    });
  }
  const single = /^(=|~|>=|<=)(-?[\d.]+)$/.exec(body);
  if (!single) throw new Error(`bad spec ${spec}`);
  const n = Number(single[2]);
  const kinds: Record<string, Expected> = {
    '=': { kind: 'point', value: n },
    '~': { kind: 'approximate', value: n },
    '>=': { kind: 'lower-bound', low: n },
    '<=': { kind: 'upper-bound', high: n },
  };
  return withUnit(kinds[single[1]]);
}

/** Why a result is not what the corpus expects, or undefined when it is. */
function mismatch(result: EstimateParseResult, expected: Expected | RegExp, warning?: string): string | undefined {
  if (expected instanceof RegExp) {
    if (result.ok) return `read as ${JSON.stringify(result)}, expected a rejection matching ${expected}`;
    return expected.test(result.reason) ? undefined : `rejected with “${result.reason}”, expected ${expected}`;
  }
  if (!result.ok) return `rejected: ${result.reason}`;
  const { kind, low, value, high, unit } = result;
  const got = JSON.stringify({ kind, low, value, high, unit });
  const want = JSON.stringify({
    kind: expected.kind,
    low: expected.low,
    value: expected.value,
    high: expected.high,
    unit: expected.unit,
  });
  if (got !== want) return `read as ${got}, expected ${want}`;
  if (warning && !result.warnings?.some((w) => new RegExp(warning, 'i').test(w)))
    return `read right but without a warning matching /${warning}/ (${JSON.stringify(result.warnings)})`;
  return undefined;
}

describe('parseEstimate on published copy (test/data/parse-estimate.corpus.ts)', () => {
  const results = CORPUS.map(([text, spec, source, warning]) => {
    const result = parseEstimate(text);
    return { text, source, result, problem: mismatch(result, decode(spec), warning) };
  });

  it(`reads at least 95 % of ${CORPUS.length} phrases as a careful reader would`, () => {
    const wrong = results.filter((r) => r.problem);
    const share = 1 - wrong.length / results.length;
    const list = wrong.map((r) => `  ${JSON.stringify(r.text)} (${r.source}): ${r.problem}`).join('\n');
    expect(share, `${wrong.length} of ${results.length} misread:\n${list}`).to.be.at.least(0.95);
  });

  it(`reads at least 90 % of the ${HELD_OUT.length} held-out phrases, found after it was written`, () => {
    const wrong = HELD_OUT.map(([text, spec, source, warning]) => ({
      text,
      source,
      problem: mismatch(parseEstimate(text), decode(spec), warning),
    })).filter((r) => r.problem);
    const list = wrong.map((r) => `  ${JSON.stringify(r.text)} (${r.source}): ${r.problem}`).join('\n');
    expect(
      1 - wrong.length / HELD_OUT.length,
      `${wrong.length} of ${HELD_OUT.length} misread:\n${list}`,
    ).to.be.at.least(0.9);
    for (const [, , source] of HELD_OUT) expect(SOURCES).to.have.property(source);
  });

  it('has several hundred phrases, each citing a source in SOURCES, a fifth of them rejections or warnings', () => {
    expect(CORPUS.length).to.be.at.least(300);
    for (const [, , source] of CORPUS) expect(SOURCES).to.have.property(source);
    const hard = CORPUS.filter(([, spec, , warning]) => spec.startsWith('!') || warning);
    expect(hard.length).to.be.at.least(40);
  });

  it('never reads a phrase with its low above its high, or its centre outside its range', () => {
    for (const { text, result } of results) {
      if (!result.ok) continue;
      const { low, value, high } = result;
      if (low !== undefined && high !== undefined) expect(low, text).to.be.at.most(high);
      if (value !== undefined && low !== undefined) expect(value, text).to.be.at.least(low);
      if (value !== undefined && high !== undefined) expect(value, text).to.be.at.most(high);
    }
  });

  it('gives every rejection a reason that quotes or names what it found', () => {
    for (const { text, result } of results) {
      if (result.ok) continue;
      expect(result.reason, text).to.match(
        /“|looks like|no number|margin of error|units|missing|joins|figure|reads as/,
      );
    }
  });
});
