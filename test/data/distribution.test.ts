import { expect } from '@esm-bundle/chai';
import { fitDistribution, normalCdf, normalQuantile } from '../../src/data/distribution.js';
import { validateEstimates } from '../../src/data/validate-estimates.js';
import type { Estimate } from '../../src/data/figure.js';
import { covidDeaths } from '../fixtures/covid-deaths.js';
import { climateSensitivity } from '../fixtures/climate-sensitivity.js';

const one = (e: Estimate, interval?: string) => validateEstimates([e], { interval }).figures[0];

describe('fitDistribution', () => {
  it('normalQuantile and normalCdf agree with the tables', () => {
    expect(normalQuantile(0.975)).to.be.closeTo(1.959964, 1e-6);
    expect(normalQuantile(0.5)).to.equal(0);
    expect(normalQuantile(0.01)).to.be.closeTo(-2.326348, 1e-6);
    expect(normalCdf(1.959964)).to.be.closeTo(0.975, 1e-6);
    for (const p of [0.001, 0.2, 0.5, 0.8, 0.999]) expect(normalCdf(normalQuantile(p))).to.be.closeTo(p, 1e-6);
  });

  it('a symmetric interval gives a normal whose interval holds the stated probability', () => {
    const fit = fitDistribution(one({ label: 'A', estimate: '10 (95% CI 8–12)' }))!;
    expect(fit.shape).to.equal('normal');
    expect(fit.sdLow).to.be.closeTo(2 / 1.959964, 1e-6);
    expect(fit.quantile(0.025)).to.be.closeTo(8, 1e-6);
    expect(fit.quantile(0.975)).to.be.closeTo(12, 1e-6);
    expect(fit.relativeDensity(10)).to.equal(1);
  });

  it('a lopsided one gives a two-piece normal, still holding the probability between its ends', () => {
    const [who] = validateEstimates(covidDeaths).figures;
    const fit = fitDistribution(who)!;
    expect(fit.shape).to.equal('two-piece normal');
    expect(fit.sdHigh).to.be.above(fit.sdLow);
    expect(fit.cdf(16.6e6) - fit.cdf(13.3e6)).to.be.closeTo(0.95, 1e-6);
    expect(fit.quantile(fit.cdf(15e6))).to.be.closeTo(15e6, 1);
  });

  it('nested intervals with levels are quantiles, fitted to the widest', () => {
    const fit = fitDistribution(
      one({
        label: 'A',
        value: 3,
        intervals: [
          { low: 2, high: 4, level: 0.5 },
          { low: 1, high: 5, level: 0.9 },
        ],
      }),
    )!;
    expect(fit.level).to.equal(0.9);
    expect(fit.quantile(0.05)).to.be.closeTo(1, 1e-6);
  });

  it('fits nothing where the source gave only a range: claimed, min-max, likely, open, vague, unnamed', () => {
    expect(fitDistribution(one({ label: 'A', estimate: '7,000 to 15,000' }))).to.equal(undefined);
    expect(fitDistribution(one({ label: 'A', estimate: '7,000 to 15,000' }, '95% claimed range'))).to.equal(undefined);
    expect(fitDistribution(one({ label: 'A', value: 5, low: 1, high: 9 }, 'min-max'))).to.equal(undefined);
    expect(fitDistribution(one({ label: 'A', estimate: 'at least 7,000' }, '95% CI'))).to.equal(undefined);
    expect(fitDistribution(one({ label: 'A', estimate: 'thousands' }, '95% CI'))).to.equal(undefined);
    // The IPCC's "likely" bounds a probability (66 % or more); it is not one.
    for (const f of validateEstimates(climateSensitivity).figures)
      expect(fitDistribution(f), f.label).to.equal(undefined);
  });
});
