/** The header of a figure's row in a data table: who or what, or for a series' own point, the series and its date. */
import type { Figure } from '../data/figure.js';
import { formatFigureDate } from './format-date.js';

export function rowHeader(f: Figure, locale: string, unit: string | undefined): string {
  if (f.unlabelled) {
    const series = f.group || unit || '';
    const date = f.date ? formatFigureDate(f.date, locale, 'medium') : '';
    return [series, date].filter(Boolean).join(': ');
  }
  return f.group ? `${f.group}: ${f.label}` : f.label;
}
