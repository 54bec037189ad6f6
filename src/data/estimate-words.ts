/**
 * The words of news copy that `parseEstimate` gives meaning to, each phrase with the part it plays
 * in the grammar: "at least" makes a lower bound, "about" an approximation, "between" opens a range,
 * "with a best estimate of" names a centre. English only; other languages' numbers are read, their
 * phrases are not (yet). Phrases are written as tokens joined by spaces ("+ / -" is not needed: "+/-"
 * is one mark).
 */

/** The part a phrase plays. */
export type Role =
  | 'lower' // at least, more than, exceeded
  | 'upper' // up to, fewer than, as many as
  | 'approx' // about, nearly, in the region of
  | 'not' // no, not, hardly: turns the next comparison round ("no fewer than" is at least)
  | 'filler' // the, a record, officially: nothing to say about the number
  | 'between' // between, from, in the range of
  | 'to' // to, a dash, through
  | 'and'
  | 'or'
  | 'plus-minus' // ±, plus or minus
  | 'centre' // with a best estimate of, a central estimate of
  | 'interval' // CI, UI, confidence interval (inside brackets)
  | 'post-lower' // 7,000+, or more, and rising
  | 'post-upper' // or fewer, or less
  | 'post-approx' // or so, -odd, -ish
  | 'mark' // the 5,000 mark
  | 'month'
  | 'open'
  | 'close'
  | 'comma'
  | 'colon'
  | 'slash';

const PHRASES: Record<Role, string[]> = {
  lower: [
    'at least',
    'more than',
    'over',
    'in excess of',
    'well in excess of',
    'upwards of',
    'upward of',
    'greater than',
    'above',
    'a minimum of',
    'minimum of',
    'minimum',
    'min',
    'at minimum',
    '>',
    '>=',
    '≥',
    'exceeded',
    'exceeds',
    'exceed',
    'exceeding',
    'may exceed',
    'could exceed',
    'will exceed',
    'topped',
    'tops',
    'top',
    'passed',
    'could pass',
    'surpassed',
    'crossed',
    'crossing',
    'eclipsed',
    'well over',
    'well above',
    'easily',
    'as few as',
    'as low as',
    'can hardly have been less than',
    'the lower end of',
  ],
  upper: [
    'up to',
    'fewer than',
    'less than',
    'as many as',
    'as much as',
    'as high as',
    'at most',
    'at the most',
    'under',
    'below',
    'a maximum of',
    'maximum of',
    'maximum',
    'max',
    'well under',
    'well below',
    '<',
    '<=',
    '≤',
    'not exceeding',
    'the upper end of',
  ],
  approx: [
    'about',
    'around',
    'roughly',
    'nearly',
    'almost',
    'some',
    'approximately',
    'approx',
    'circa',
    'ca',
    'c',
    'an estimated',
    'estimated',
    'est',
    'close to',
    'closer to',
    'just over',
    'just under',
    'just above',
    'just below',
    'a little above',
    'a little over',
    'a little under',
    'slightly more than',
    'slightly less than',
    'just about',
    'more or less',
    'an approximate',
    'approximate',
    'something like',
    'in the region of',
    'of the order of',
    'on the order of',
    'in the neighborhood of',
    'in the neighbourhood of',
    'approaching',
    'nearing',
    'nears',
    'near',
    'perhaps',
    'possibly',
    'an estimate of',
    'estimates of',
    '~',
    '≈',
  ],
  not: ['not', 'no', 'hardly', 'scarcely', 'barely'],
  filler: [
    'the',
    'a',
    'an',
    'a further',
    'another',
    'an additional',
    'a total of',
    'total of',
    'a reported',
    'reported',
    'a record',
    'record',
    'exactly',
    'precisely',
    'officially',
    'just',
    'only',
    'a mere',
    'mere',
    'stood at',
    'at',
    'of',
  ],
  between: [
    'between',
    'somewhere between',
    'anywhere between',
    'anywhere from',
    'from',
    'ranging from',
    'range from',
    'range of',
    'a range of',
    'with a range of',
    'an estimated range of',
    'in the range of',
    'in the range',
    'likely range of',
    'a likely range of',
    'with a likely range of',
    'range',
  ],
  to: ['to', '-', '–', '—', '‒', '―', 'through', 'thru'],
  and: ['and'],
  or: ['or'],
  'plus-minus': ['±', '+/-', '+-', 'plus or minus', 'plus / minus', 'give or take'],
  centre: [
    'with a best estimate of',
    'a best estimate of',
    'best estimate of',
    'best estimate',
    'with a central estimate of',
    'a central estimate of',
    'central estimate of',
    'central estimate',
    'with a best guess of',
    'a best guess of',
    'best guess of',
    'best guess',
    'a median of',
    'median of',
    'median',
    'a point estimate of',
    'point estimate of',
    'a point - estimate of',
  ],
  interval: [
    'ci',
    'ui',
    'pi',
    'cri',
    'confidence interval',
    'credible interval',
    'uncertainty interval',
    'prediction interval',
    'interval',
    'likely range',
    'iqr',
  ],
  'post-lower': [
    '+',
    'or more',
    'plus',
    '- plus',
    'and more',
    'and up',
    'and above',
    'or above',
    'or higher',
    'or greater',
    'and rising',
    'and counting',
    'at least',
    'at minimum',
    'or over',
  ],
  'post-upper': ['or fewer', 'or less', 'or below', 'and under', 'at most', 'and below', 'or lower', 'at the most'],
  'post-approx': ['or so', '- odd', 'odd', '- ish', 'ish', 'or thereabouts', 'approximately', 'roughly'],
  mark: ['mark', 'threshold', 'milestone'],
  month: [
    'january',
    'february',
    'march',
    'april',
    'may',
    'june',
    'july',
    'august',
    'september',
    'october',
    'november',
    'december',
    'jan',
    'feb',
    'apr',
    'jun',
    'jul',
    'aug',
    'sep',
    'sept',
    'oct',
    'nov',
    'dec',
  ],
  open: ['(', '['],
  close: [')', ']'],
  comma: [',', ';'],
  colon: [':'],
  slash: ['/'],
};

/** Roles a phrase can play after a number rather than before one. */
const AFTER_A_NUMBER: ReadonlySet<Role> = new Set(['post-lower', 'post-upper', 'post-approx', 'mark']);

interface Lexicon {
  before: Map<string, Role>;
  after: Map<string, Role>;
  longest: number;
}

let lexicon: Lexicon | undefined;

/** The phrases by their text, in two tables: roles before a number and roles after one. */
export function phraseTable(): Lexicon {
  if (lexicon) return lexicon;
  const before = new Map<string, Role>();
  const after = new Map<string, Role>();
  let longest = 1;
  for (const [role, phrases] of Object.entries(PHRASES) as [Role, string[]][]) {
    for (const phrase of phrases) {
      const table = AFTER_A_NUMBER.has(role) ? after : before;
      if (!table.has(phrase)) table.set(phrase, role);
      longest = Math.max(longest, phrase.split(' ').length);
    }
  }
  // "may" is a month, but "may exceed" is a verb: longer phrases win, so both can stand.
  lexicon = { before, after, longest };
  return lexicon;
}

/**
 * A lookup table without a prototype, so that a word of the input such as "constructor" or
 * "toString" finds nothing in it rather than Object's own members.
 */
function table<T>(entries: Record<string, T>): Readonly<Record<string, T>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, T>, entries));
}

/** Vague magnitudes in words, with the range each can honestly mean. */
export const VAGUE: ReadonlyArray<readonly [string, number, number]> = [
  ['many hundreds of thousands', 200_000, 999_999],
  ['several hundreds of thousands', 200_000, 999_999],
  ['hundreds of thousands', 200_000, 999_999],
  ['many tens of thousands', 20_000, 99_999],
  ['several tens of thousands', 20_000, 99_999],
  ['tens of thousands', 20_000, 99_999],
  ['hundreds of millions', 200_000_000, 999_999_999],
  ['tens of millions', 20_000_000, 99_999_999],
  ['several hundred thousand', 300_000, 999_999],
  ['a few hundred thousand', 200_000, 500_000],
  ['many thousands', 2_000, 9_999],
  ['many millions', 2_000_000, 9_999_999],
  ['many hundreds', 200, 999],
  ['many dozens', 24, 199],
  ['several thousand', 3_000, 9_999],
  ['several hundred', 300, 999],
  ['several million', 3_000_000, 9_999_999],
  ['several dozen', 36, 99],
  ['a few thousand', 2_000, 5_000],
  ['a few hundred', 200, 500],
  ['a few million', 2_000_000, 5_000_000],
  ['a few dozen', 24, 60],
  ['thousands', 2_000, 9_999],
  ['millions', 2_000_000, 9_999_999],
  ['billions', 2_000_000_000, 9_999_999_999],
  ['hundreds', 200, 999],
  ['dozens', 24, 199],
  ['scores', 40, 199],
];

/** Multipliers written after a number. "m" is a million, as in news copy ("£3.5m"), not a metre. */
export const MULTIPLIERS: Readonly<Record<string, number>> = table({
  hundred: 1e2,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  thousands: 1e3,
  millions: 1e6,
  billions: 1e9,
  k: 1e3,
  m: 1e6,
  mn: 1e6,
  mln: 1e6,
  b: 1e9,
  bn: 1e9,
  bln: 1e9,
  tn: 1e12,
  lakh: 1e5,
  lakhs: 1e5,
  crore: 1e7,
  crores: 1e7,
});

/** Number words. */
export const ONES: Readonly<Record<string, number>> = table({
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
});
export const TENS: Readonly<Record<string, number>> = table({
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
});

/** Currency signs and codes written before a number, and the sign each is shown with. */
export const CURRENCY_BEFORE: Readonly<Record<string, string>> = table({
  '£': '£',
  $: '$',
  '€': '€',
  '¥': '¥',
  '₹': '₹',
  '₴': '₴',
  eur: '€',
  usd: '$',
  gbp: '£',
  inr: '₹',
  rs: '₹',
  uah: '₴',
});
/** Currency words written after a number ("one billion euros"). Not "pounds": it is also a weight. */
export const CURRENCY_AFTER: Readonly<Record<string, string>> = table({
  dollars: '$',
  dollar: '$',
  euros: '€',
  euro: '€',
  rupees: '₹',
  rupee: '₹',
  hryvnias: '₴',
});

/**
 * Units written after a number, as token sequences, longest first, and the unit each is reported as.
 * Only units a chart would title an axis with; other words after a number are what is counted.
 */
export const UNITS: ReadonlyArray<readonly [string, string]> = [
  ['percentage points', 'percentage points'],
  ['percentage point', 'percentage points'],
  ['per cent', '%'],
  ['percent', '%'],
  ['pct', '%'],
  ['pc', '%'],
  ['%', '%'],
  ['‰', '‰'],
  ['pp', 'percentage points'],
  ['° c', '°C'],
  ['° f', '°F'],
  ['degrees celsius', '°C'],
  ['degree celsius', '°C'],
  ['degrees c', '°C'],
  ['degrees fahrenheit', '°F'],
  ['degree fahrenheit', '°F'],
  ['degrees', '°'],
  ['degree', '°'],
  ['°', '°'],
  ['oc', '°C'],
  ['metres', 'm'],
  ['meters', 'm'],
  ['metre', 'm'],
  ['meter', 'm'],
  ['centimetres', 'cm'],
  ['centimeters', 'cm'],
  ['cm', 'cm'],
  ['millimetres', 'mm'],
  ['millimeters', 'mm'],
  ['mm', 'mm'],
  ['kilometres', 'km'],
  ['kilometers', 'km'],
  ['km', 'km'],
  ['ppm', 'ppm'],
  ['twh', 'TWh'],
  ['gwh', 'GWh'],
  ['gw', 'GW'],
  ['mw', 'MW'],
  ['gt', 'Gt'],
];
