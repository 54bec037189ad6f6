/**
 * The line under a chart on how to read its marks ("Bars show each source’s range; dashed: a vague
 * figure."), per language, written from what is drawn (see layout/reading-clauses.ts): the elements
 * show it under the plot and the static renderer draws it into the image.
 */
export type ReadingClause =
  'bars' | 'vague' | 'point' | 'open' | 'agreement' | 'earlier' | 'timeline' | 'sourceMarks' | 'revisionSteps';

const en: Record<ReadingClause, string> = {
  bars: 'Bars show each source’s range',
  vague: 'dashed: a vague figure',
  point: 'dots: a single figure',
  open: 'fading: no bound given on that side',
  agreement: 'shaded: where all sources agree',
  earlier: 'thin grey lines under a bar: the same source’s earlier figures, the latest nearest',
  timeline: 'Lines show each series’ central figure, bands its range',
  sourceMarks: 'marks: an estimate by a named source',
  revisionSteps: 'dotted steps: how a source revised its estimate',
};

const uk: Record<ReadingClause, string> = {
  bars: 'Смуги показують діапазон кожного джерела',
  vague: 'пунктир — приблизна цифра',
  point: 'точки — одна цифра',
  open: 'згасання — межу з того боку не названо',
  agreement: 'затінено — де збігаються всі джерела',
  earlier: 'тонкі сірі лінії під смугою — попередні дані того ж джерела, найновіші ближче',
  timeline: 'Лінії показують центральне значення кожного ряду, смуги — його діапазон',
  sourceMarks: 'позначки — оцінка названого джерела',
  revisionSteps: 'пунктирні сходинки — як джерело переглядало свою оцінку',
};

const catalogue: Record<string, Record<ReadingClause, string>> = { en, uk };

/** The clauses in the locale's language (English when it has none), joined into one sentence. */
export function howToRead(clauses: readonly ReadingClause[], locale: string): string {
  const words = catalogue[locale.split('-')[0].toLowerCase()] ?? en;
  if (!clauses.length) return '';
  const sentence = `${clauses.map((c) => words[c]).join('; ')}.`;
  return sentence.charAt(0).toLocaleUpperCase(locale) + sentence.slice(1);
}
