/** A line of text as both layouts place it, and the marks draw it. */
import type { TextStyle } from './text-measurer.js';

/** One line of text at a baseline, in CSS px, with its measured width. */
export interface TextLine {
  text: string;
  x: number;
  /** Baseline. */
  y: number;
  anchor: 'start' | 'middle' | 'end';
  style: TextStyle;
  width: number;
}
