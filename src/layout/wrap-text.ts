/**
 * Greedy line breaking at spaces, and inside a word only when the word alone is wider than the line
 * (long compound names, or scripts written without spaces). Nothing is cut off: a label takes as
 * many lines as it needs.
 */
import type { TextMeasurer, TextStyle } from './text-measurer.js';

/** Breaks `text` into lines no wider than `maxWidth`. */
export function wrapText(text: string, maxWidth: number, style: TextStyle, measure: TextMeasurer): string[] {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean === '') return [];
  if (measure.width(clean, style) <= maxWidth) return [clean];
  const lines: string[] = [];
  let line = '';
  for (const word of clean.split(' ')) {
    const candidate = line ? `${line} ${word}` : word;
    if (measure.width(candidate, style) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    if (measure.width(word, style) <= maxWidth) {
      line = word;
      continue;
    }
    // A word wider than the line: break between characters (graphemes are kept whole where the
    // runtime can segment them).
    line = '';
    for (const piece of graphemes(word)) {
      const next = line + piece;
      if (line && measure.width(next, style) > maxWidth) {
        lines.push(line);
        line = piece;
      } else line = next;
    }
  }
  if (line) lines.push(line);
  return lines;
}

function graphemes(word: string): string[] {
  const Segmenter = (
    Intl as unknown as {
      Segmenter?: new (l?: string, o?: object) => { segment(s: string): Iterable<{ segment: string }> };
    }
  ).Segmenter;
  if (Segmenter)
    return Array.from(new Segmenter(undefined, { granularity: 'grapheme' }).segment(word), (s) => s.segment);
  return Array.from(word);
}
