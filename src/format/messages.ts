/**
 * Every sentence the charts say, per language. A translator adds a language by adding one object
 * here: placeholders in braces are filled by `message`, and no code needs to change. English is
 * the fallback for a missing language or a missing key.
 */
import { cachedListFormat, cachedPluralRules } from './intl-cache.js';

export type MessageKey =
  | 'between'
  | 'rangeSpoken'
  | 'vagueWithUnit'
  | 'atLeast'
  | 'upTo'
  | 'about'
  | 'centreWithRange'
  | 'vague'
  | 'asOf'
  | 'allAsOf'
  | 'mostAsOf'
  | 'allFrom'
  | 'logScale'
  | 'withLogScale'
  | 'agreement'
  | 'notShown'
  | 'notShownOne'
  | 'warnings'
  | 'warningsOne'
  | 'empty'
  | 'loading'
  | 'source'
  | 'asWritten'
  | 'close'
  | 'interval'
  | 'rowName'
  | 'showData'
  | 'hideData'
  | 'tableCaption'
  | 'colLabel'
  | 'colFigure'
  | 'colDate'
  | 'colSource'
  | 'colNote'
  | 'chartLabel'
  | 'drawFailed'
  | 'estimates_one'
  | 'estimates_few'
  | 'estimates_many'
  | 'estimates_other'
  | 'estimatesOf'
  | 'summaryRange'
  | 'summaryAgree'
  | 'summaryDisagree'
  | 'summaryOutside'
  | 'summaryDated'
  | 'withUnit'
  | 'intervalSpoken'
  | 'figureBy'
  | 'downloadCsv'
  | 'downloadPng'
  | 'downloadSvg'
  | 'keyboardHelp'
  | 'moreRows'
  | 'trendUp'
  | 'trendDown'
  | 'trendFlat'
  | 'widest'
  | 'timelineKeys'
  | 'sourcesSaid'
  | 'sourcesSaidOne'
  | 'onDate'
  | 'detailsHidden'
  | 'firstFigure'
  | 'lastFigure'
  | 'earlierFigures'
  | 'figureOn'
  | 'figureUndated'
  | 'colEarlier'
  | 'raised_one'
  | 'raised_few'
  | 'raised_many'
  | 'raised_other'
  | 'lowered_one'
  | 'lowered_few'
  | 'lowered_many'
  | 'lowered_other'
  | 'kind_claimed'
  | 'kind_confidence'
  | 'kind_credible'
  | 'kind_uncertainty'
  | 'kind_prediction'
  | 'kind_likely'
  | 'kind_veryLikely'
  | 'kind_minMax'
  | 'kind_marginOfError'
  | 'kind_interquartile'
  | 'kind_other'
  | 'kind_calibrated'
  | 'centreWithNamed'
  | 'betweenNamed'
  | 'rangesAre'
  | 'distributionSpoken'
  | 'shapeNormal'
  | 'shapeTwoPiece'
  | 'distributionAssumed'
  | 'colDistribution'
  | 'gradientKey'
  | 'dotsKey';

export type Messages = Record<MessageKey, string>;

const en: Messages = {
  between: 'between {low} and {high}',
  // Spoken ranges say "to": eSpeak NG, Orca's default voice, drops an en dash ("10,000–15,000" is heard as two numbers).
  rangeSpoken: '{low} to {high}',
  vagueWithUnit: '{figure} of {unit}',
  atLeast: 'at least {low}',
  upTo: 'up to {high}',
  about: 'about {value}',
  centreWithRange: '{value} (range {low} to {high})',
  vague: '{text}',
  asOf: 'as of {date}',
  allAsOf: 'All figures as of {date}.',
  mostAsOf: 'Figures as of {date} unless stated.',
  allFrom: 'All figures from {source}.',
  logScale: 'log scale',
  withLogScale: '{unit} (log scale)',
  agreement: 'All sources: {range}',
  notShown: '{count} figures could not be shown.',
  notShownOne: '1 figure could not be shown.',
  drawFailed: 'The chart could not be drawn ({error}).',
  warnings: '{count} notes on the data.',
  warningsOne: '1 note on the data.',
  empty: 'No figures to show.',
  loading: 'Loading figures…',
  source: 'Source',
  asWritten: 'As written',
  close: 'Close',
  interval: '{level} interval',
  rowName: '{label}: {figure}',
  showData: 'Show data',
  hideData: 'Hide data',
  tableCaption: 'The figures in this chart',
  colLabel: 'Who or what',
  colFigure: 'Figure',
  colDate: 'Date',
  colSource: 'Source',
  colNote: 'Note',
  chartLabel: 'Chart',
  estimates_one: '{count} estimate',
  estimates_few: '{count} estimates',
  estimates_many: '{count} estimates',
  estimates_other: '{count} estimates',
  estimatesOf: '{what}: {estimates}.',
  summaryRange: 'Estimates run from {low} to {high}.',
  summaryAgree: 'All sources agree on {range}.',
  summaryDisagree: 'The sources disagree: their ranges do not all overlap.',
  summaryOutside: '{figure} lies outside every other source’s range.',
  summaryDated: 'The figures date from {from} to {to}.',
  withUnit: '{figure} {unit}',
  intervalSpoken: '{level} interval {range}',
  figureBy: '{figure} ({who})',
  downloadCsv: 'Download data (CSV)',
  downloadPng: 'Download image (PNG)',
  downloadSvg: 'Download image (SVG)',
  keyboardHelp:
    'Arrow keys move between figures, Home and End jump to the first and last, Enter reads the details, Escape hides them.',
  moreRows: 'The table shows the first {shown} figures; {count} more are in the CSV download.',
  trendUp: '{series} rose from {from} on {fromDate} to {to} on {toDate}.',
  trendDown: '{series} fell from {from} on {fromDate} to {to} on {toDate}.',
  trendFlat: '{series} stayed at about {to} from {fromDate} to {toDate}.',
  widest: 'Its range was widest on {wideDate} ({wide}) and narrowest on {narrowDate} ({narrow}).',
  timelineKeys:
    'Left and right arrow keys move between dates, up and down between series, Home and End jump to the first and last date, Escape hides the details.',
  sourcesSaid: '{count} estimates from named sources are marked on the chart.',
  sourcesSaidOne: 'One estimate from a named source is marked on the chart.',
  onDate: 'On {date}',
  detailsHidden: 'Details hidden.',
  firstFigure: 'First figure.',
  lastFigure: 'Last figure.',
  earlierFigures: 'was {figures}',
  figureOn: '{figure} on {date}',
  figureUndated: '{figure}',
  colEarlier: 'Earlier figures',
  raised_one: 'One source raised its figure since {date}: {who}.',
  raised_few: '{count} sources raised their figures since {date}: {who}.',
  raised_many: '{count} sources raised their figures since {date}: {who}.',
  raised_other: '{count} sources raised their figures since {date}: {who}.',
  lowered_one: 'One source lowered its figure since {date}: {who}.',
  lowered_few: '{count} sources lowered their figures since {date}: {who}.',
  lowered_many: '{count} sources lowered their figures since {date}: {who}.',
  lowered_other: '{count} sources lowered their figures since {date}: {who}.',
  kind_claimed: 'claimed range',
  kind_confidence: '{level} confidence interval',
  kind_credible: '{level} credible interval',
  kind_uncertainty: '{level} uncertainty interval',
  kind_prediction: '{level} prediction interval',
  kind_likely: 'likely range',
  kind_veryLikely: 'very likely range',
  kind_minMax: 'range from the lowest estimate to the highest',
  kind_marginOfError: '{level} margin of error',
  kind_interquartile: 'interquartile range',
  kind_other: '{text}',
  kind_calibrated: '{level} range',
  centreWithNamed: '{value} ({name} {low} to {high})',
  betweenNamed: 'between {low} and {high} ({name})',
  rangesAre: 'What the ranges are: {names}.',
  distributionSpoken: 'drawn as a distribution, assuming a {shape} shape: even odds it lies from {range}',
  shapeNormal: 'normal',
  shapeTwoPiece: 'two-piece normal',
  distributionAssumed:
    'Distributions are drawn assuming a normal shape (two-piece where the interval is lopsided), fitted to each figure’s centre and interval.',
  colDistribution: 'As a distribution',
  gradientKey: 'darker: more likely',
  dotsKey: 'each dot: a 1-in-20 chance',
};

const catalogue: Record<string, Messages> = { en };

/**
 * The languages shipped beside English, each in a module of its own: a chart loads its language the
 * first time it is drawn in it (`messagesLoading`), so that an English page does not download the
 * others before it can paint. The package's entry and the server and static renderers register
 * them all at once (all-languages.ts).
 */
const LANGUAGES: Record<string, () => Promise<{ messages: Partial<Messages> }>> = {
  uk: () => import('./messages-uk.js'),
};
const loading = new Map<string, Promise<void>>();

/**
 * The load of a locale's messages when they are shipped but not here yet, to wait for before
 * drawing; undefined when there is nothing to wait for. A language that fails to load is drawn in
 * English, as an unknown one is.
 */
export function messagesLoading(locale: string): Promise<void> | undefined {
  const language = locale.toLowerCase().split('-')[0];
  if (catalogue[locale.toLowerCase()] || catalogue[language] || !Object.hasOwn(LANGUAGES, language)) return undefined;
  let load = loading.get(language);
  if (!load) {
    load = LANGUAGES[language]()
      .then(({ messages }) => {
        if (!catalogue[language]) registerMessages(language, messages);
      })
      .catch((error: unknown) =>
        console.error(`estimate-range: the "${language}" messages could not be loaded`, error),
      );
    loading.set(language, load);
  }
  return load;
}

/** Adds or replaces a language's messages (missing keys fall back to English). */
export function registerMessages(language: string, messages: Partial<Messages>): void {
  catalogue[language.toLowerCase()] = { ...en, ...messages };
}

/** The messages for a locale: "uk-UA" uses "uk", anything unknown uses English. */
export function messagesFor(locale: string): Messages {
  const language = locale.toLowerCase().split('-')[0];
  return catalogue[locale.toLowerCase()] ?? catalogue[language] ?? en;
}

/** The plural form of a counted message for a locale: plural(m, 'estimates', 3, 'uk') → "3 оцінки". */
export function plural(
  messages: Messages,
  base: 'estimates' | 'raised' | 'lowered',
  count: number,
  locale: string,
  values: Record<string, string | number> = {},
): string {
  const category = cachedPluralRules(locale).select(count);
  const key = (`${base}_${category}` in messages ? `${base}_${category}` : `${base}_other`) as MessageKey;
  return message(messages, key, { count, ...values });
}

/** Joins names as the locale does: "A, B and C" in English, "A, B і C" in Ukrainian. */
export function listOf(items: string[], locale: string): string {
  try {
    return cachedListFormat(locale).format(items);
  } catch {
    // Browsers before Intl.ListFormat (Safari 14.0).
    return items.join(', ');
  }
}

/** Fills a message's placeholders: message(m, 'atLeast', { low: '7,000' }) → "at least 7,000". */
export function message(messages: Messages, key: MessageKey, values: Record<string, string | number> = {}): string {
  const text = (messages[key] ?? en[key]).replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
  // A value ending in an abbreviation's full stop ("2022 р.") before the sentence's own.
  return text.replace(/\.\.$/, '.');
}
