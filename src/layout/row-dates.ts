import type { Figure } from '../data/figure.js';
import { formatFigureDate } from '../format/format-date.js';
import { message, messagesFor } from '../format/messages.js';

export interface RowDates {
  /** The date most figures share, said once under the chart. */
  common?: string;
  /** Whether every figure has the common date ("All figures as of …") or most do ("… unless stated"). */
  all: boolean;
  /** Date text for the rows whose date differs from the common one. */
  perRow: Map<Figure, string>;
  /** How the rows write dates: `short` ("24 Mar") when every date, earlier figures' too, is in one year. */
  length: 'short' | 'medium';
}

/**
 * Dates are said once when figures share them and per row only where a row differs, so that a
 * reader sees at a glance which figure is older (the casualty counts were revised weekly).
 */
export function rowDates(figures: Figure[], locale: string): RowDates {
  const dated = figures.filter((f) => f.date);
  const perRow = new Map<Figure, string>();
  if (dated.length === 0) return { all: false, perRow, length: 'medium' };
  const medium = new Map(dated.map((f) => [f, formatFigureDate(f.date!, locale, 'medium')]));
  const counts = new Map<string, number>();
  for (const d of medium.values()) counts.set(d, (counts.get(d) ?? 0) + 1);
  const [common, commonCount] = [...counts].sort((a, b) => b[1] - a[1])[0];
  const all = commonCount === figures.length;
  // A date shared by fewer than half the figures is no common date: every row says its own.
  const shared = commonCount * 2 > figures.length ? common : undefined;
  const every = dated.concat(dated.flatMap((f) => (f.earlier ?? []).filter((e) => e.date)));
  const years = new Set(every.map((f) => f.date!.time.getUTCFullYear()));
  const length = years.size === 1 && every.every((f) => f.date!.precision !== 'year') ? 'short' : 'medium';
  const m = messagesFor(locale);
  for (const f of dated) {
    if (medium.get(f) !== shared)
      perRow.set(f, message(m, 'asOf', { date: formatFigureDate(f.date!, locale, length) }));
  }
  return { common: shared, all, perRow, length };
}
