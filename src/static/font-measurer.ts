/**
 * Text widths in Node, from a real font file through fontkit: the glyph advances with kerning and
 * ligatures applied, as the browser's canvas `measureText` gives them for the same font.
 */
import { cachedMeasurer, fontSizes, type TextMeasurer, type TextStyle } from '../layout/text-measurer.js';
import { openFont, type StaticFont } from './static-font.js';

/** Which weight each text style is set in (see the charts' styles: strong is 600, heading 700). */
const BOLD: Record<TextStyle, boolean> = { label: false, small: false, strong: true, heading: true };

/** A measurer over a font's regular and bold files at a base size in px. */
export function fontMeasurer(font: StaticFont, baseSize = 15): TextMeasurer {
  const regular = openFont(font.regular);
  const bold = openFont(font.bold);
  const sizes = fontSizes(baseSize);
  return cachedMeasurer((text, style) => {
    const face = BOLD[style] ? bold : regular;
    return (face.layout(text).advanceWidth / face.unitsPerEm) * sizes[style];
  });
}
