/**
 * Dates of figures: ISO 8601 as written in data ("2022-03-24", "2022-03", "2022",
 * "2022-03-24T18:00Z"), read in UTC so that a figure "as of 24 March" is 24 March for every reader,
 * whatever their time zone. Other formats ("24/03/2022", "March 24") are rejected: their order of
 * day and month differs between newsrooms and guessing would misdate figures.
 */
import type { DatePrecision, FigureDate } from './figure.js';

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

/** Reads an ISO 8601 date (or a valid `Date`); undefined when it is not one. */
export function parseFigureDate(raw: unknown): FigureDate | undefined {
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? undefined : { time: raw, precision: 'time' };
  if (typeof raw !== 'string') return undefined;
  const m = ISO.exec(raw.trim());
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, zone] = m;
  const year = Number(y);
  const month = mo ? Number(mo) : 1;
  const day = d ? Number(d) : 1;
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  let time: Date;
  if (h !== undefined) {
    if (zone) time = new Date(raw.trim().replace(' ', 'T'));
    else time = new Date(Date.UTC(year, month - 1, day, Number(h), Number(mi), Number(s ?? 0)));
  } else {
    time = new Date(Date.UTC(year, month - 1, day));
  }
  if (Number.isNaN(time.getTime())) return undefined;
  // Date.UTC rolls 31 April over to 1 May: reject instead of moving the figure.
  if (h === undefined && (time.getUTCMonth() !== month - 1 || time.getUTCDate() !== day)) return undefined;
  const precision: DatePrecision = h !== undefined ? 'time' : d ? 'day' : mo ? 'month' : 'year';
  return { time, precision };
}
