/**
 * Dates of figures, in UTC (a figure "as of 24 March" is that day everywhere) and in the chart's
 * locale, to the precision the author gave: "2022-03" is "Mar 2022", never "1 Mar 2022".
 */
import type { FigureDate } from '../data/figure.js';

import { cachedUtcDateFormat as formatter } from './intl-cache.js';

/**
 * Formats a figure's date.
 *
 * @param date the checked date
 * @param locale BCP 47 tag
 * @param length `short` ("24 Mar", no year, for labels where the year is shared), `medium`
 *   ("24 Mar 2022") or `long` ("24 March 2022", for speech)
 */
export function formatFigureDate(
  date: FigureDate,
  locale = 'en',
  length: 'short' | 'medium' | 'long' = 'medium',
): string {
  const month = length === 'long' ? 'long' : 'short';
  const withYear = length !== 'short';
  switch (date.precision) {
    case 'year':
      return formatter(locale, { year: 'numeric' }).format(date.time);
    case 'month':
      return formatter(locale, { month, ...(withYear ? { year: 'numeric' } : {}) }).format(date.time);
    default:
      return formatter(locale, { day: 'numeric', month, ...(withYear ? { year: 'numeric' } : {}) }).format(date.time);
  }
}
