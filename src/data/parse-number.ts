/**
 * Reading the digits of one number as a locale writes them: "15,000", "3,5", "1 500 000", "4,00,000"
 * (Indian grouping), "5·5" (the Lancet's middle-dot decimal). A lone separator followed by three
 * digits ("15,000", "15.000") reads one way in English and another in German or Ukrainian; such a
 * number is read by the locale and the reading is reported, so that an editor can say which was meant.
 */

/** The separators a locale writes numbers with. */
export interface NumberSeparators {
  group: string;
  decimal: string;
}

const separatorCache = new Map<string, NumberSeparators>();

/** The group and decimal separators of a locale, from `Intl` (cached). Unknown locales fall back to English. */
export function numberSeparators(locale = 'en'): NumberSeparators {
  let seps = separatorCache.get(locale);
  if (!seps) {
    let parts: Intl.NumberFormatPart[];
    try {
      parts = new Intl.NumberFormat(locale).formatToParts(12345.6);
    } catch {
      parts = new Intl.NumberFormat('en').formatToParts(12345.6);
    }
    const group = parts.find((p) => p.type === 'group')?.value ?? ',';
    const decimal = parts.find((p) => p.type === 'decimal')?.value ?? '.';
    // Locales that group with a (narrow) no-break space are normalised to a plain space.
    seps = { group: /\s/.test(group) ? ' ' : group, decimal };
    separatorCache.set(locale, seps);
  }
  return seps;
}

/** Digits read: the value, how many separator groups were written, and any doubt about the reading. */
export type DigitsRead = { ok: true; value: number; groups: number; warning?: string } | { ok: false; reason: string };

/** Groups after the first: all of three digits, or Indian lakh grouping (twos, then a final three). */
function validGroups(parts: string[]): boolean {
  const [first, ...rest] = parts;
  if (first.length === 0 || first.length > 3) return false;
  if (rest.every((p) => p.length === 3)) return true;
  const last = rest[rest.length - 1];
  return last.length === 3 && rest.slice(0, -1).every((p) => p.length === 2) && first.length <= 2;
}

function grouped(raw: string, parts: string[], decimals = ''): DigitsRead {
  if (!validGroups(parts)) return { ok: false, reason: `“${raw}” is not a number it can read` };
  return { ok: true, value: Number(`${parts.join('')}${decimals ? `.${decimals}` : ''}`), groups: parts.length - 1 };
}

/**
 * Reads a run of digits and separators (spaces, commas, full stops, a middle dot) in a locale.
 *
 * @param trustLocale the author said how the figures are written: a lone separator before three
 *   digits is then read by the locale without a warning.
 */
export function readDigits(raw: string, locale = 'en', trustLocale = false): DigitsRead {
  const { decimal } = numberSeparators(locale);
  if (/e/i.test(raw)) return finite(raw, { ok: true, value: Number(raw), groups: 0 });
  // Spaces group in every locale ("10 000"); a middle dot is always a decimal point ("5·5").
  const spaced = raw.split(' ');
  let text = spaced.join('');
  const spaceGroups = spaced.length - 1;
  if (spaceGroups > 0 && !validGroups(spaced.map((p) => p.replace(/[.,·].*$/, '')))) {
    return { ok: false, reason: `“${raw}” is not a number it can read` };
  }
  text = text.replace('·', '.');
  const commas = text.split(',').length - 1;
  const stops = text.split('.').length - 1;
  let read: DigitsRead;
  if (commas > 0 && stops > 0) {
    // Both: whichever comes last is the decimal point ("1,234.5", "1.234,5").
    const point = text.lastIndexOf(',') > text.lastIndexOf('.') ? ',' : '.';
    const [whole, decimals] = [text.slice(0, text.lastIndexOf(point)), text.slice(text.lastIndexOf(point) + 1)];
    const other = point === ',' ? '.' : ',';
    if (whole.includes(point)) return { ok: false, reason: `“${raw}” is not a number it can read` };
    read = grouped(raw, whole.split(other), decimals);
  } else if (commas + stops > 1) {
    read = grouped(raw, text.split(commas ? ',' : '.'));
  } else if (commas + stops === 1) {
    const mark = commas ? ',' : '.';
    const [whole, after] = text.split(mark);
    if (whole === '') read = { ok: true, value: Number(`0.${after}`), groups: 0 };
    else if (after.length === 3 && whole.length <= 3 && !raw.includes('·'))
      read = loneSeparator(raw, whole, after, mark, locale, trustLocale);
    else {
      read = { ok: true, value: Number(`${whole}.${after}`), groups: 0 };
      if (mark !== decimal && !raw.includes('·'))
        read.warning = `“${raw}” was read as ${whole}.${after}, with “${mark}” as the decimal point, which is not how ${locale} writes numbers`;
    }
  } else read = { ok: true, value: Number(text), groups: 0 };
  if (read.ok) read.groups += spaceGroups;
  return finite(raw, read);
}

/** "15,000" or "15.000": a thousands separator, or a decimal point before three decimals. */
function loneSeparator(
  raw: string,
  whole: string,
  after: string,
  mark: string,
  locale: string,
  trustLocale: boolean,
): DigitsRead {
  const { decimal, group } = numberSeparators(locale);
  if (mark === decimal) {
    const read: DigitsRead = { ok: true, value: Number(`${whole}.${after}`), groups: 0 };
    // "0.622" cannot group thousands, and "1.046" or "1.250" in English is a decimal as data files
    // write it. The doubt is real where the locale writes a decimal comma (English copy's "7,125"
    // in a Ukrainian chart), or for a round "15.000", as German copy writes fifteen thousand.
    const doubtful = whole !== '0' && (mark === ',' || after === '000');
    if (!trustLocale && doubtful)
      read.warning = `“${raw}” was read as ${whole}.${after}, with “${mark}” as the decimal point as ${locale} writes it; if it means ${whole}${after}, say how the figures are written (number-locale="en")`;
    return read;
  }
  const read: DigitsRead = { ok: true, value: Number(`${whole}${after}`), groups: 1 };
  if (mark !== group && !trustLocale)
    read.warning = `“${raw}” was read as ${whole}${after}, with “${mark}” grouping thousands, which is not how ${locale} writes numbers`;
  return read;
}

function finite(raw: string, read: DigitsRead): DigitsRead {
  if (read.ok && !Number.isFinite(read.value)) return { ok: false, reason: `“${raw}” is too large to be a number` };
  return read;
}

/**
 * Normalises the typography of a phrase: lower case, every kind of space to one space, the true
 * minus sign and the non-breaking hyphen to a hyphen-minus, the ordinal º to a degree sign.
 */
export function normaliseNumberText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u00a0\u2007\u2009\u202f\s]+/g, ' ')
    .replace(/[\u2212\u2011]/g, '-')
    .replace(/º/g, '°')
    .trim();
}
