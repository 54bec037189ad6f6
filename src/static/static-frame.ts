/**
 * The text a static image carries around its plot, since it travels without its article: the title
 * and description above; under it the notes, the source, a line on how to read the marks, and the
 * credit. Laid out like the plot: text + width + a measurer → lines, no DOM.
 */
import { textMetrics } from '../layout/chart-text.js';
import type { TextLine } from '../layout/text-line.js';
import type { TextMeasurer, TextStyle } from '../layout/text-measurer.js';
import { wrapText } from '../layout/wrap-text.js';

/** A line of the frame, with the class its text is drawn with. */
export interface FrameLine extends TextLine {
  className: string;
}

export interface FrameText {
  title?: string;
  description?: string;
  notes: readonly string[];
  source?: string;
  howToRead?: string;
  credit?: string;
}

export interface FrameGeometry {
  header: FrameLine[];
  /** Where the plot starts. */
  plotTop: number;
  footer: FrameLine[];
  /** The frame's footer height, added under the plot. */
  footerHeight: number;
}

/** The title is 1.25 times the base size, as the element's caption; measured from the heading style. */
const TITLE_SCALE = 1.25;

export function layoutFrame(
  text: FrameText,
  o: { width: number; margin: number; fontSize: number; measure: TextMeasurer },
): FrameGeometry {
  const { sizes, lineHeight } = textMetrics(o.fontSize);
  const titleSize = Math.max(12, o.fontSize) * TITLE_SCALE;
  const titleRatio = titleSize / sizes.heading;
  // The title is wrapped against the heading width scaled to the title's size.
  const titleMeasure: TextMeasurer = { width: (t, s) => o.measure.width(t, s) * (s === 'heading' ? titleRatio : 1) };
  const inner = o.width - 2 * o.margin;

  let y = o.margin;
  const lines = (
    into: FrameLine[],
    content: string | undefined,
    style: TextStyle,
    className: string,
    measure = o.measure,
    height = lineHeight(style),
    size = sizes[style],
  ) => {
    if (!content) return;
    for (const t of wrapText(content, inner, style, measure)) {
      // Baselines sit where a CSS line box of this height would put them.
      const baseline = y + (height - size) / 2 + size * 0.8;
      into.push({
        text: t,
        x: o.margin,
        y: baseline,
        anchor: 'start',
        style,
        width: measure.width(t, style),
        className,
      });
      y += height;
    }
  };

  const header: FrameLine[] = [];
  lines(header, text.title, 'heading', 'title', titleMeasure, Math.round(titleSize * 1.25), titleSize);
  if (text.title) y += 4;
  lines(header, text.description, 'label', 'description');
  if (header.length) y += 12;
  const plotTop = y;

  y = 12;
  const footer: FrameLine[] = [];
  for (const note of text.notes) lines(footer, note, 'small', 'note');
  lines(footer, text.source, 'small', 'provenance source');
  lines(footer, text.howToRead, 'small', 'provenance how-to-read');
  lines(footer, text.credit, 'small', 'provenance credit');
  return { header, plotTop, footer, footerHeight: footer.length ? y + o.margin : o.margin };
}
