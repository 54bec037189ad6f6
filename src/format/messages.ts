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
  | 'lastFigure';

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
};

const uk: Messages = {
  between: 'від {low} до {high}',
  rangeSpoken: 'від {low} до {high}',
  vagueWithUnit: '{figure} ({unit})',
  atLeast: 'щонайменше {low}',
  upTo: 'до {high}',
  about: 'близько {value}',
  centreWithRange: '{value} (діапазон від {low} до {high})',
  vague: '{text}',
  asOf: 'станом на {date}',
  allAsOf: 'Усі дані станом на {date}.',
  mostAsOf: 'Дані станом на {date}, якщо не зазначено інше.',
  allFrom: 'Усі дані: {source}.',
  logScale: 'логарифмічна шкала',
  withLogScale: '{unit} (логарифмічна шкала)',
  agreement: 'Усі джерела: {range}',
  notShown: 'Не вдалося показати показників: {count}.',
  notShownOne: 'Не вдалося показати 1 показник.',
  drawFailed: 'Не вдалося побудувати графік ({error}).',
  warnings: 'Зауважень до даних: {count}.',
  warningsOne: '1 зауваження до даних.',
  empty: 'Немає даних для показу.',
  loading: 'Завантаження даних…',
  source: 'Джерело',
  asWritten: 'Як написано',
  close: 'Закрити',
  interval: 'інтервал {level}',
  rowName: '{label}: {figure}',
  showData: 'Показати дані',
  hideData: 'Сховати дані',
  tableCaption: 'Дані цього графіка',
  colLabel: 'Хто або що',
  colFigure: 'Показник',
  colDate: 'Дата',
  colSource: 'Джерело',
  colNote: 'Примітка',
  chartLabel: 'Графік',
  estimates_one: '{count} оцінка',
  estimates_few: '{count} оцінки',
  estimates_many: '{count} оцінок',
  estimates_other: '{count} оцінки',
  estimatesOf: '{what}: {estimates}.',
  summaryRange: 'Оцінки — від {low} до {high}.',
  summaryAgree: 'Усі джерела сходяться: {range}.',
  summaryDisagree: 'Джерела розходяться: їхні діапазони не перетинаються.',
  summaryOutside: '{figure} лежить поза діапазонами всіх інших джерел.',
  summaryDated: 'Дані датовані від {from} до {to}.',
  withUnit: '{figure} {unit}',
  intervalSpoken: 'інтервал {level}: {range}',
  figureBy: '{figure} ({who})',
  downloadCsv: 'Завантажити дані (CSV)',
  downloadPng: 'Завантажити зображення (PNG)',
  downloadSvg: 'Завантажити зображення (SVG)',
  keyboardHelp:
    'Стрілки переходять між показниками, Home і End — до першого й останнього, Enter читає подробиці, Escape ховає їх.',
  moreRows: 'У таблиці перші {shown} показників; ще {count} — у файлі CSV.',
  trendUp: '{series}: зростання з {from} ({fromDate}) до {to} ({toDate}).',
  trendDown: '{series}: зниження з {from} ({fromDate}) до {to} ({toDate}).',
  trendFlat: '{series}: близько {to} з {fromDate} до {toDate}.',
  widest: 'Діапазон був найширшим {wideDate} ({wide}) і найвужчим {narrowDate} ({narrow}).',
  timelineKeys:
    'Стрілки ліворуч і праворуч переходять між датами, вгору і вниз — між рядами, Home і End — до першої й останньої дати, Escape ховає подробиці.',
  sourcesSaid: 'Оцінок від названих джерел на графіку: {count}.',
  sourcesSaidOne: 'Оцінка від названого джерела на графіку: 1.',
  onDate: '{date}',
  detailsHidden: 'Подробиці сховано.',
  firstFigure: 'Перший показник.',
  lastFigure: 'Останній показник.',
};

const catalogue: Record<string, Messages> = { en, uk };

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
  base: 'estimates',
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
