/**
 * A figure drawn as its distribution, in words, with the assumption said: "drawn as a distribution,
 * assuming a two-piece normal shape: even odds it lies between 14.5 million and 15.4 million". The
 * middle half is what a reader of the gradient or the dots sees that the interval alone did not say.
 */
import type { Distribution } from '../data/distribution.js';
import type { Figure } from '../data/figure.js';
import { speakRange } from './format-figure.js';
import { message, messagesFor } from './messages.js';

/** Three significant digits: the fitted quartiles are no more precise than the assumption. */
const sig = (v: number) => Number(v.toPrecision(3));

export function describeDistribution(fit: Distribution, figure: Figure, locale: string): string {
  const m = messagesFor(locale);
  return message(m, 'distributionSpoken', {
    shape: message(m, fit.shape === 'normal' ? 'shapeNormal' : 'shapeTwoPiece'),
    range: speakRange(sig(fit.quantile(0.25)), sig(fit.quantile(0.75)), locale, figure.unit),
  });
}
