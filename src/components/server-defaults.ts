import { approximateTextMeasurer, type TextMeasurer } from '../layout/text-measurer.js';

/** Makes the measurer for a base font size in px, on a server where there is no canvas. */
export type ServerMeasurerFactory = (fontSize: number) => TextMeasurer;

let measurerFactory: ServerMeasurerFactory = approximateTextMeasurer;
let width = 640;

/**
 * How charts rendered on a server measure text. `estimate-range/ssr` sets a real font's metrics
 * (fontkit over Source Sans 3, or the font given); without it, a server falls back to average
 * glyph widths, which lay out a little wide but never overlap.
 */
export function setServerTextMeasurer(make: ServerMeasurerFactory): void {
  measurerFactory = make;
}

export function serverTextMeasurer(fontSize: number): TextMeasurer {
  return measurerFactory(fontSize);
}

/**
 * The width, in px, that charts without a `width` attribute are laid out at on a server, which has
 * no container to measure: a site's article column (default 640).
 */
export function setServerWidth(px: number): void {
  if (!(px > 0)) throw new RangeError(`A chart's width must be a positive number of px, not ${px}`);
  width = Math.floor(px);
}

export function serverWidth(): number {
  return width;
}
