/**
 * Text widths in Node, from a real font file through fontkit: the glyph advances with kerning and
 * ligatures applied, as the browser's canvas `measureText` gives them for the same font.
 */
import { fontSizes, type TextMeasurer, type TextStyle } from '../layout/text-measurer.js';
import { openFont, type StaticFont } from './static-font.js';

/** Which weight each text style is set in (see the charts' styles: strong is 600, heading 700). */
const BOLD: Record<TextStyle, boolean> = { label: false, small: false, strong: true, heading: true };

/** A measurer over a font's regular and bold files at a base size in px. */
export function fontMeasurer(font: StaticFont, baseSize = 15): TextMeasurer {
  const regular = openFont(font.regular);
  const bold = openFont(font.bold);
  const sizes = fontSizes(baseSize);
  const cache = new Map<string, number>();
  return {
    width(text, style) {
      const key = `${style}\u0000${text}`;
      let w = cache.get(key);
      if (w === undefined) {
        const face = BOLD[style] ? bold : regular;
        w = (face.layout(text).advanceWidth / face.unitsPerEm) * sizes[style];
        cache.set(key, w);
      }
      return w;
    },
  };
}
