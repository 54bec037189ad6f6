/** The text sizes both layouts set, from the chart's base font size, and when numbers go compact. */
import { fontSizes, type TextStyle } from './text-measurer.js';

/** Below this width (px) numbers are written compact ("15K", "3.5M"). */
export const COMPACT_MAX_WIDTH = 520;

export interface TextMetrics {
  /** Font size in px for each style; nothing under 12 px. */
  sizes: Record<TextStyle, number>;
  /** A line's height in px for a style: 1.35 × its size, rounded. */
  lineHeight: (style: TextStyle) => number;
}

/** Sizes and line heights for a base font size in px (default 15). */
export function textMetrics(fontSize = 15): TextMetrics {
  const sizes = fontSizes(fontSize);
  return { sizes, lineHeight: (style) => Math.round(sizes[style] * 1.35) };
}
