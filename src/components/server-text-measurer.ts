import { approximateTextMeasurer, type TextMeasurer } from '../layout/text-measurer.js';

/** Makes the measurer for a base font size in px, on a server where there is no canvas. */
export type ServerMeasurerFactory = (fontSize: number) => TextMeasurer;

let factory: ServerMeasurerFactory = approximateTextMeasurer;

/**
 * How charts rendered on a server measure text. `estimate-range/ssr` sets a real font's metrics
 * (fontkit over Source Sans 3, or the font given); without it, a server falls back to average
 * glyph widths, which lay out a little wide but never overlap.
 */
export function setServerTextMeasurer(make: ServerMeasurerFactory): void {
  factory = make;
}

export function serverTextMeasurer(fontSize: number): TextMeasurer {
  return factory(fontSize);
}
