/** What every chart layout is given: the figures, the space, how to measure text, and the value axis. */
import type { Figure } from '../data/figure.js';
import type { ScaleType, ZeroRule } from '../scales/value-scale.js';
import type { TextMeasurer } from './text-measurer.js';

export interface ChartLayoutOptions {
  figures: Figure[];
  /** The width available, in CSS px. */
  width: number;
  measure: TextMeasurer;
  /** Base font size in px (default 15). */
  fontSize?: number;
  /** BCP 47 tag for numbers, dates and words (default "en"). */
  locale?: string;
  scale?: ScaleType;
  zero?: ZeroRule;
  /** The unit, shown as the value axis's title ("troops killed"). */
  unit?: string;
}
