/**
 * Layout never reads the DOM: text widths come from a measurer passed in. The browser passes one
 * over canvas `measureText` (see components/canvas-text-measurer.ts); Node and tests can use
 * `approximateTextMeasurer`, which is close enough for server-rendered first paint.
 */

/** The text styles the charts use; sizes follow the chart's base font size. */
export type TextStyle = 'label' | 'heading' | 'small' | 'strong';

export interface TextMeasurer {
  /** Width in CSS pixels of `text` set in `style`. */
  width(text: string, style: TextStyle): number;
}

/**
 * A measurer that measures each text and style once: the same tick and label texts are measured
 * again on every resize and every chart.
 */
export function cachedMeasurer(measure: (text: string, style: TextStyle) => number): TextMeasurer {
  const cache = new Map<string, number>();
  return {
    width(text, style) {
      const key = `${style}\u0000${text}`;
      let w = cache.get(key);
      if (w === undefined) cache.set(key, (w = measure(text, style)));
      return w;
    },
  };
}

/** Font sizes in px for each style, from the base size; nothing goes under 12 px. */
export function fontSizes(base: number): Record<TextStyle, number> {
  const b = Math.max(12, base);
  return { label: b, strong: b, heading: Math.round(b * 1.07), small: Math.max(12, Math.round(b * 0.87)) };
}

/**
 * Widths from average glyph proportions of a sans-serif face: 0.55 em per Latin character, 1 em
 * per CJK character. Deliberately generous so that server-rendered labels do not collide.
 */
export function approximateTextMeasurer(base = 15): TextMeasurer {
  const sizes = fontSizes(base);
  return {
    width(text, style) {
      let em = 0;
      for (const ch of text) {
        const code = ch.codePointAt(0) ?? 0;
        em += code >= 0x2e80 ? 1 : ch === ' ' ? 0.28 : /[ilj.,;:'|!]/.test(ch) ? 0.3 : /[mwMW]/.test(ch) ? 0.85 : 0.56;
      }
      return em * sizes[style] * (style === 'strong' || style === 'heading' ? 1.05 : 1);
    },
  };
}
