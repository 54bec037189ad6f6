/**
 * A revised claim's earlier figures in words, for the row's line, its spoken name, its details and
 * the data table: "was more than 7,000 on 16 Mar" (data/revisions.ts joins the rows).
 */
import type { Figure } from '../data/figure.js';
import { describeFigure, formatFigure } from './format-figure.js';
import { formatFigureDate } from './format-date.js';
import { listOf, message, messagesFor } from './messages.js';

export interface EarlierOptions {
  locale: string;
  /** How dates are written: `short` where the chart's dates share a year, `long` for speech. */
  dateLength: 'short' | 'medium' | 'long';
  /** `drawn` ("5,000–6,000") for text beside the chart, `spoken` ("between 5,000 and 6,000") for speech. */
  form: 'drawn' | 'spoken';
  /** The list alone, without "was", for a column headed "Earlier figures". */
  bare?: boolean;
}

/** "was 5,000–6,000 on 9 Mar and more than 7,000 on 16 Mar", or undefined for a figure never revised. */
export function earlierFigures(f: Figure, o: EarlierOptions): string | undefined {
  if (!f.earlier?.length) return undefined;
  const m = messagesFor(o.locale);
  const items = f.earlier.map((e) =>
    message(m, e.date ? 'figureOn' : 'figureUndated', {
      figure: o.form === 'drawn' ? formatFigure(e, o.locale) : describeFigure(e, o.locale),
      date: e.date ? formatFigureDate(e.date, o.locale, o.dateLength) : '',
    }),
  );
  const list = listOf(items, o.locale);
  return o.bare ? list : message(m, 'earlierFigures', { figures: list });
}
