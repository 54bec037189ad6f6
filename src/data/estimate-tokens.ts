/**
 * The first step of reading a figure: a phrase cut into numbers, words and marks. "£900m–£1.2bn"
 * becomes `£ 900 m – £ 1.2 bn`; the grammar never sees raw text.
 */
import { CURRENCY_BEFORE } from './estimate-words.js';

export type Token =
  /** A run of digits with its separators, as written: "15,000", "1 500", "5·5". */
  | { type: 'digits'; text: string; at: number; end: number }
  /** A word, lower case, with a full stop kept off ("approx." is "approx"). */
  | { type: 'word'; text: string; at: number; end: number }
  /** Any other mark: a dash, a bracket, "%", "±", a currency sign. */
  | { type: 'mark'; text: string; at: number; end: number };

// Digits: groups joined by a comma, full stop or middle dot, or by a space before exactly three
// digits ("10 000", not "10 15"); an exponent for machine-written files ("1.5e6").
const DIGITS = /^(?:\d+(?:[.,·]\d+|\s\d{3}(?!\d))*|[.·]\d+)(?:e[+-]?\d+(?![a-z]))?/;
const WORD = /^[a-z\u00c0-\u024f\u0400-\u04ff]+(?:['’][a-z]+)*/;
const MARKS = ['+/-', '+-', '<=', '>=', '≤', '≥', '±', '≈', '~'];

/** Cuts a normalised phrase (see `normaliseNumberText`) into tokens. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let rest = text;
  // A token of `type` from the start of what is left, with where it stands in `text`.
  const take = (type: Token['type'], written: string) => {
    const at = text.length - rest.length;
    tokens.push({ type, text: written, at, end: at + written.length });
    rest = rest.slice(written.length);
  };
  while (rest.length > 0) {
    if (rest[0] === ' ') {
      rest = rest.slice(1);
      continue;
    }
    const digits = DIGITS.exec(rest);
    if (digits) {
      take('digits', digits[0]);
      continue;
    }
    const word = WORD.exec(rest);
    if (word) {
      take('word', word[0]);
      // "approx." and "c.": the full stop of an abbreviation is not a mark; nor is it in "Rs.25,000".
      if (rest[0] === '.' && (!/^\.\d/.test(rest) || word[0] in CURRENCY_BEFORE)) rest = rest.slice(1);
      continue;
    }
    const mark = MARKS.find((m) => rest.startsWith(m)) ?? rest[0];
    // Quotation marks say nothing about the number (“at least” 300 is at least 300), nor does a
    // footnote's asterisk.
    if (/^["“”„«»‘’'`*]$/.test(mark)) rest = rest.slice(mark.length);
    else take('mark', mark);
  }
  return tokens;
}
