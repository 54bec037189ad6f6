/**
 * Text widths in the browser, from canvas `measureText` in the chart's own font: no layout is read
 * and nothing is added to the page. Widths are cached per text and style, since the same tick and
 * label texts are measured again on every resize.
 */
import {
  approximateTextMeasurer,
  cachedMeasurer,
  fontSizes,
  type TextMeasurer,
  type TextStyle,
} from '../layout/text-measurer.js';

let context: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D | null | undefined;

function canvasContext() {
  if (context === undefined) {
    context =
      typeof OffscreenCanvas !== 'undefined'
        ? new OffscreenCanvas(1, 1).getContext('2d')
        : document.createElement('canvas').getContext('2d');
  }
  return context;
}

/** Extra spacing the page or the reader's style sheet sets, in px (WCAG 1.4.12 text spacing). */
export interface TextSpacing {
  letter: number;
  word: number;
}

/** A measurer for a font family at a base size in px, with the spacing the text is set with. */
export function canvasTextMeasurer(
  fontFamily: string,
  baseSize: number,
  spacing: TextSpacing = { letter: 0, word: 0 },
): TextMeasurer {
  const ctx = canvasContext();
  if (!ctx) return approximateTextMeasurer(baseSize);
  const sizes = fontSizes(baseSize);
  const fonts: Record<TextStyle, string> = {
    label: `${sizes.label}px ${fontFamily}`,
    strong: `600 ${sizes.strong}px ${fontFamily}`,
    heading: `700 ${sizes.heading}px ${fontFamily}`,
    small: `${sizes.small}px ${fontFamily}`,
  };
  return cachedMeasurer((text, style) => {
    ctx.font = fonts[style];
    let w = ctx.measureText(text).width;
    // Added by hand rather than through ctx.letterSpacing, which older Safari lacks.
    if (spacing.letter) w += spacing.letter * Array.from(text).length;
    if (spacing.word) w += spacing.word * (text.split(' ').length - 1);
    return w;
  });
}
