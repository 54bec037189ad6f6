/**
 * The third step of reading a figure: the pieces of a phrase (see estimate-quantities.ts) tidied, then
 * matched against a short list of named rules. Tidying drops what says nothing about the number
 * ("the", "a record", the nouns after it, a conversion in brackets), folds each comparison into the
 * quantity it qualifies, and leaves a line of symbols such as `between Q and Q`; each rule is a
 * pattern over that line and a function that turns its quantities into a reading.
 */
import type { EstimateKind } from './figure.js';
import type { Piece, Quantity } from './estimate-quantities.js';
import { intervalKindOfWords, type IntervalName } from './interval-name.js';

/** What a rule read. */
export interface Reading {
  kind: EstimateKind;
  low?: number;
  value?: number;
  high?: number;
  unit?: string;
  /** What the bracket named the range ("95% CI" is a 95 % confidence interval). */
  interval?: IntervalName;
}

export type GrammarResult =
  { ok: true; reading: Reading; rule: string; warnings: string[] } | { ok: false; reason: string };

type Outcome = Reading | { reason: string };

/** A piece after tidying: a quantity, a vague magnitude, or a symbol of the grammar. */
type LineSymbol = { s: 'Q'; q: Quantity } | { s: 'V'; low: number; high: number } | { s: string; text: string };

interface Rule {
  name: string;
  pattern: RegExp;
  read: (qs: Quantity[], symbols: LineSymbol[]) => Outcome;
}

const fail = (reason: string) => ({ reason });
const format = (q: Quantity) => q.text;

/** A lone quantity, with the comparison written around it. */
function single(q: Quantity): Reading {
  const unit = q.unit;
  if (q.hedge === 'lower') return { kind: 'lower-bound', low: q.value, unit };
  if (q.hedge === 'upper') return { kind: 'upper-bound', high: q.value, unit };
  if (q.hedge === 'approx') return { kind: 'approximate', value: q.value, unit };
  return { kind: 'point', value: q.value, unit };
}

const isYear = (q: Quantity) => q.bare && q.value >= 1800 && q.value <= 2100;

/**
 * Two quantities as a range: they must share a unit, a bare first number takes the second's scale
 * ("10-15,000", "3.5-4 million"), and spans of years, scores and ties are named, not read.
 */
function range(a: Quantity, b: Quantity, joiner: string, centre?: Quantity): Outcome {
  const dashed = /^[-–—‒―]$/.test(joiner);
  if (
    isYear(a) &&
    (isYear(b)
      ? b.value >= a.value && b.value - a.value <= 100
      : b.bare && /^\d\d$/.test(b.text) && b.value > a.value % 100)
  )
    return fail(`looks like a span of years (${a.text}${dashed ? '-' : ` ${joiner} `}${b.text}), not a figure`);
  if (dashed && a.bare && b.bare && a.value > b.value)
    return fail(`looks like a score or a vote (${a.text}-${b.text}), not a range: a range is written from low to high`);
  if (dashed && a.bare && b.bare && a.value === b.value)
    return fail(`looks like a tie or an even split (${a.text}-${b.text}), not a range`);
  if (a.unit && b.unit && a.unit !== b.unit) return fail(`joins figures in different units (${a.unit} and ${b.unit})`);
  const unit = a.unit ?? b.unit ?? centre?.unit;
  if (centre?.unit && unit && centre.unit !== unit)
    return fail(`joins figures in different units (${centre.unit} and ${unit})`);
  const low = inheritScale(a, b, joiner !== 'and' && joiner !== 'or');
  return { kind: 'range', low, value: centre?.value, high: b.value, unit };
}

/**
 * "3.5-4 million", "between 3 and 4 million": a bare first number takes the second's multiplier.
 * "10-15,000", "5 to 10,000": it takes the second's thousands, except after "and" ("between 1 and
 * 1,000" is one to a thousand). Only when the result lands within a factor of ten below the second
 * number, so that "between 500 and 1 million" and "1-100,000" stay as written.
 */
function inheritScale(first: Quantity, second: Quantity, thousands: boolean): number {
  if (
    first.multiplier !== undefined ||
    first.groups > 0 ||
    first.value === 0 ||
    (first.words !== second.words && first.words)
  )
    return first.value;
  const scale = second.multiplier ?? (thousands && second.groups > 0 ? 1000 ** second.groups : 1);
  if (scale === 1) return first.value;
  const scaled = Number((first.value * scale).toPrecision(15));
  const fits = Math.abs(scaled) < Math.abs(second.value) && Math.abs(second.value) < Math.abs(scaled) * 10;
  return fits ? scaled : first.value;
}

/**
 * The rules, tried in order. Symbols: Q a quantity, V a vague magnitude, and the roles of
 * estimate-words.ts (`between`, `to`, `plus-minus`, `centre` …).
 */
const RULES: Rule[] = [
  {
    name: 'vague',
    pattern: /^V$/,
    read: (_, [v]) => ({ kind: 'vague', low: (v as { low: number }).low, high: (v as { high: number }).high }),
  },
  { name: 'number', pattern: /^Q$/, read: ([q]) => single(q) },
  { name: 'centre', pattern: /^centre Q$/, read: ([q]) => ({ kind: 'point', value: q.value, unit: q.unit }) },
  {
    name: 'range',
    pattern: /^(?:between )?Q (?:to|or) Q$|^between Q and Q$/,
    read: ([a, b], symbols) => range(a, b, joinerOf(symbols)),
  },
  {
    name: 'range then centre',
    pattern: /^(?:between )?Q (?:to|and) Q (?:comma )?centre Q$/,
    read: ([a, b, c], symbols) => range(a, b, joinerOf(symbols), c),
  },
  {
    name: 'centre then range',
    pattern: /^(?:centre )?Q (?:comma )?(?:between|centre between) Q (?:to|and) Q$/,
    read: ([c, a, b], symbols) => range(a, b, joinerOf(symbols, 1), c),
  },
  {
    name: 'centre and interval in brackets',
    pattern:
      /^(?:centre )?Q open (?:(?:Q )?interval |between |Q interval between )?(?:colon |comma )?Q (?:to|comma|and) Q close$/,
    read: (qs, symbols) => {
      const read = range(
        qs[qs.length - 2],
        qs[qs.length - 1],
        joinerOf(symbols, 1) === ',' ? '-' : joinerOf(symbols, 1),
        qs[0],
      );
      const interval = namedInterval(qs, symbols);
      return interval && !('reason' in read) ? { ...read, interval } : read;
    },
  },
  {
    name: 'years with a slash',
    pattern: /^Q slash Q$/,
    read: ([a, b]) =>
      isYear(a) && b.bare && (/^\d\d$/.test(b.text) || isYear(b))
        ? fail(`looks like a span of years (${a.text}/${b.text}), not a figure`)
        : fail(`looks like a ratio or a fraction (${a.text}/${b.text}), not a figure`),
  },
  {
    name: 'plus or minus',
    pattern: /^Q (?:comma )?(?:open )?plus-minus Q(?: close)?$/,
    read: ([c, m]) => {
      if (m.unit && c.unit && m.unit !== c.unit && !(m.unit === 'percentage points' && c.unit === '%'))
        return fail(`joins figures in different units (${c.unit} and ${m.unit})`);
      return {
        kind: 'range',
        low: Number((c.value - m.value).toPrecision(15)),
        value: c.value,
        high: Number((c.value + m.value).toPrecision(15)),
        unit: c.unit,
      };
    },
  },
];

/**
 * The kind and level a bracket names: "(95% CI 2.1–4.3)" is a 95 % confidence interval. The level
 * is the quantity before the interval's words, a percentage.
 */
function namedInterval(qs: Quantity[], symbols: LineSymbol[]): IntervalName | undefined {
  const words = symbols.find((s): s is { s: string; text: string } => s.s === 'interval' && 'text' in s);
  const kind = words ? intervalKindOfWords(words.text) : undefined;
  if (!kind) return undefined;
  const level = qs.length === 4 && qs[1].unit === '%' ? qs[1].value / 100 : undefined;
  return level !== undefined && level > 0 && level < 1 ? { kind, level } : { kind };
}

/** The text of the nth joiner (to, and, or, a dash) in a line of symbols. */
function joinerOf(symbols: LineSymbol[], nth = 0): string {
  const joiners = symbols.filter((s) => s.s === 'to' || s.s === 'and' || s.s === 'or' || s.s === 'comma');
  const j = joiners[nth] ?? joiners[0];
  return j && 'text' in j ? j.text : 'to';
}

/** Why a line matched no rule, in words for an editor. */
function diagnose(line: string, symbols: LineSymbol[], qs: Quantity[]): string {
  const found =
    qs.length === 0
      ? 'it found no number it could read'
      : qs.length === 1
        ? `the number it found was ${format(qs[0])}`
        : `the numbers it found were ${qs.map(format).join(' and ')}`;
  const prose = symbols.filter((s) => s.s === 'prose').map((s) => ('text' in s ? s.text : ''));
  if (qs.length === 0 && !line.includes('V')) return 'has no number in it';
  if (/^plus-minus Q/.test(line)) return 'is a margin of error without the figure it belongs to';
  if (/^Q and Q$/.test(line))
    return `joins two figures with “and”: write a range as “between ${format(qs[0])} and ${format(qs[1])}” or “${format(qs[0])}–${format(qs[1])}”`;
  if (/(?:^|\s)(?:to|and|or)$|^between Q$|^between$/.test(line)) return 'is a range with its second number missing';
  if (prose.length > 0) return `“${prose.join(' ')}” is not a phrase it knows; ${found}`;
  if (/Q Q/.test(line)) return 'has two numbers with nothing between them to say how they relate';
  if (qs.length > 2 || /Q.*Q.*Q/.test(line))
    return `holds more than one figure (${qs.map(format).join(', ')}): give one figure a row`;
  if (/V.*V/.test(line)) return 'joins two vague figures: give one figure a row';
  return `is not a figure it knows how to read (${found}); try “10,000”, “10,000–15,000” or “at least 7,000”`;
}

const HEDGES = new Set(['lower', 'upper', 'approx']);
const POST: Record<string, Quantity['hedge']> = {
  'post-lower': 'lower',
  'post-upper': 'upper',
  'post-approx': 'approx',
};

/**
 * Tidies the pieces into a line of symbols, collecting what was set aside, or says why it cannot.
 */
function tidy(pieces: Piece[], warnings: string[]): LineSymbol[] | { reason: string } {
  // A month next to a day or a year is a date: "3–4 April", "April 2022".
  for (let i = 0; i < pieces.length; i++) {
    const p = pieces[i];
    if (p.kind !== 'role' || p.role !== 'month') continue;
    const near = [pieces[i - 1], pieces[i + 1]].some(
      (n) => n?.kind === 'quantity' && n.q.bare && ((n.q.value >= 1 && n.q.value <= 31) || isYear(n.q)),
    );
    if (near) return fail('looks like a date, not a figure');
    pieces[i] = { kind: 'prose', text: p.text };
  }
  // Words before the figure are prose when they open with an article ("a crowd of", "the", "a
  // moderate"); other words there ("abc 10", "in the vicinity of 300") are not understood.
  let first = pieces.findIndex((p) => p.kind !== 'prose' && !(p.kind === 'role' && p.role === 'filler'));
  if (first < 0) first = pieces.length;
  const lead = pieces.slice(0, first);
  const leadingProse = lead.filter((p) => p.kind === 'prose');
  const startsWithArticle = lead[0]?.kind === 'role' && lead[0].role === 'filler';
  if (leadingProse.length > 0 && !startsWithArticle && first < pieces.length) {
    const q = pieces.find((p) => p.kind === 'quantity');
    return fail(
      `“${lead.map((p) => (p as { text: string }).text).join(' ')}” is not a phrase it knows${q?.kind === 'quantity' ? `; the number it found was ${format(q.q)}` : ''}`,
    );
  }
  const rest = pieces.slice(first).filter((p) => !(p.kind === 'role' && (p.role === 'filler' || p.role === 'mark')));

  const out: LineSymbol[] = [];
  let pendingHedge: Quantity['hedge'];
  let negate = false;
  for (let i = 0; i < rest.length; i++) {
    const p = rest[i];
    const last = out[out.length - 1];
    const lastFigure = out.filter((s) => s.s !== 'post').pop();
    if (p.kind === 'quantity') {
      const q = { ...p.q };
      if (q.warning) warnings.push(q.warning);
      if (pendingHedge) q.hedge = pendingHedge;
      pendingHedge = undefined;
      out.push({ s: 'Q', q });
    } else if (p.kind === 'vague') out.push({ s: 'V', low: p.low, high: p.high });
    else if (p.kind === 'role' && p.role === 'not') negate = true;
    else if (p.kind === 'role' && HEDGES.has(p.role)) {
      let hedge = p.role as Quantity['hedge'];
      if (negate && hedge !== 'approx') hedge = hedge === 'lower' ? 'upper' : 'lower';
      negate = false;
      // "up to a maximum of about 46 percent": a bound outranks an "about" beside it.
      if (!(pendingHedge && pendingHedge !== 'approx' && hedge === 'approx')) pendingHedge = hedge;
    } else if (
      p.kind === 'role' &&
      p.role in POST &&
      lastFigure?.s === 'Q' &&
      'q' in lastFigure &&
      !lastFigure.q.hedge
    ) {
      lastFigure.q.hedge = POST[p.role];
    } else if (p.kind === 'role' && p.role in POST && lastFigure?.s === 'Q') {
      // "at least 2,000 or more": the same bound said twice.
    } else if (
      p.kind === 'prose' &&
      (last?.s === 'Q' || last?.s === 'V' || last?.s === 'close' || last?.s === 'post')
    ) {
      // The nouns after a figure name what is counted ("7,000 Russian soldiers").
      out.push({ s: 'post', text: p.text });
    } else if (p.kind === 'prose' && last?.s === 'post') {
      // still the nouns
    } else if (p.kind === 'prose') out.push({ s: 'prose', text: p.text });
    else if (p.kind === 'role') {
      if (negate) out.push({ s: 'prose', text: 'not' });
      negate = false;
      if (pendingHedge && p.role === 'between') pendingHedge = undefined; // "about 10-15,000", "upwards of 50,000 to 100,000"
      out.push({ s: p.role, text: p.text });
    }
  }
  if (pendingHedge)
    out.push({
      s: 'prose',
      text: pendingHedge === 'approx' ? 'about' : pendingHedge === 'lower' ? 'at least' : 'up to',
    });
  // The nouns after the last figure end the phrase: "7,000 Russian soldiers", "the 2-3% target
  // range", "60,000 in Minneapolis / St. Paul". Nouns between figures are dropped too.
  const lastFigureAt = out.reduce((at, s, i) => (s.s === 'Q' || s.s === 'V' || s.s === 'close' ? i : at), -1);
  if (out[lastFigureAt + 1]?.s === 'post') out.length = lastFigureAt + 1;
  const line = out.filter((s) => s.s !== 'post');
  // Trailing punctuation: "10,000." and "45%,".
  while (line.length > 0 && (line[line.length - 1].s === 'comma' || line[line.length - 1].s === 'colon')) line.pop();
  // The whole phrase in brackets: "(650 to 720)".
  if (
    line[0]?.s === 'open' &&
    line[line.length - 1]?.s === 'close' &&
    line.filter((s) => s.s === 'open').length === 1
  ) {
    line.shift();
    line.pop();
  }
  setAsideBrackets(line, warnings);
  return line;
}

/**
 * A bracket after a figure that repeats it ("eleven thousand (11,000)"), converts it ("£870m",
 * "1.8 degrees Fahrenheit") or adds a second figure ("27% (1,204)", last year's figure) is set
 * aside: the first figure is read and the bracket is reported, never folded into a range.
 */
function setAsideBrackets(line: LineSymbol[], warnings: string[]): void {
  for (let i = 0; i < line.length; i++) {
    if (line[i].s !== 'open') continue;
    const close = line.findIndex((s, j) => j > i && s.s === 'close');
    if (close < 0) return;
    const inside = line.slice(i + 1, close);
    const before = line.slice(0, i);
    const prev = before[before.length - 1];
    const insideLine = inside.map((s) => s.s).join(' ');
    const beforeLine = before.map((s) => s.s).join(' ');
    const afterRange = /Q (?:to|and) Q$/.test(beforeLine) && /^Q (?:to|and) Q$/.test(insideLine);
    const afterSingle = prev?.s === 'Q' && /^Q$/.test(insideLine);
    if (!afterRange && !afterSingle) continue;
    const outer = prev as { q: Quantity };
    const innerQ = (inside[inside.length - 1] as { q: Quantity }).q;
    const repeats =
      afterSingle && innerQ.value === outer.q.value && (innerQ.unit ?? outer.q.unit) === (outer.q.unit ?? innerQ.unit);
    if (!repeats)
      warnings.push(
        `“(${inside.map((s) => ('q' in s ? s.q.text : 'text' in s ? s.text : '')).join(' ')})” after the figure was set aside`,
      );
    line.splice(i, close - i + 1);
    i--;
  }
}

/** Reads the pieces of a phrase with the first rule that matches. */
export function applyGrammar(pieces: Piece[]): GrammarResult {
  const warnings: string[] = [];
  const unreadable = pieces.find((p) => p.kind === 'unreadable');
  if (unreadable) return { ok: false, reason: unreadable.reason };
  if (!pieces.some((p) => p.kind === 'quantity' || p.kind === 'vague'))
    return { ok: false, reason: 'has no number in it' };
  const tidied = tidy(pieces, warnings);
  if ('reason' in tidied) return { ok: false, reason: tidied.reason };
  const line = tidied.map((s) => s.s).join(' ');
  const qs = tidied.filter((s): s is { s: 'Q'; q: Quantity } => s.s === 'Q').map((s) => s.q);
  for (const rule of RULES) {
    if (!rule.pattern.test(line)) continue;
    const outcome = rule.read(qs, tidied);
    if ('reason' in outcome) return { ok: false, reason: outcome.reason };
    return { ok: true, reading: outcome, rule: rule.name, warnings };
  }
  return { ok: false, reason: diagnose(line, tidied, qs) };
}
