/**
 * The line under a chart on how to read its marks ("Bars show each source’s range; dashed: a vague
 * figure."), per language, written from what is drawn (see layout/reading-clauses.ts): the elements
 * show it under the plot and the static renderer draws it into the image.
 */
export type ReadingClause =
  | 'bars'
  | 'vague'
  | 'point'
  | 'pointAmongDots'
  | 'open'
  | 'agreement'
  | 'earlier'
  | 'gradient'
  | 'dotplot'
  | 'timeline'
  | 'sourceMarks'
  | 'revisionSteps';

const en: Record<ReadingClause, string> = {
  bars: 'Bars show each source’s range',
  vague: 'dashed: a vague figure',
  point: 'dots: a single figure',
  open: 'fading: no bound given on that side',
  agreement: 'shaded: where all sources agree',
  earlier: 'thin grey lines under a bar: the same source’s earlier figures, the latest nearest',
  gradient: 'shading: darker where the figure is more likely',
  dotplot: 'rows of small dots: 20 equally likely values, each a 1-in-20 chance',
  pointAmongDots: 'a large dot: a single figure',
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
  gradient: 'затінення — темніше там, де значення імовірніше',
  dotplot: 'ряди малих точок — 20 однаково імовірних значень, кожне з шансом 1 із 20',
  pointAmongDots: 'велика точка — одна цифра',
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
