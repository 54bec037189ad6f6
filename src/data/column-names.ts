/**
 * Column headers as newsrooms write them, mapped to the fields of the figures contract. Matching
 * ignores case, spacing and trailing punctuation ("As of:" is "date").
 */
import type { EstimateField } from './figure.js';

const SYNONYMS: Record<Exclude<EstimateField, 'intervals'>, string[]> = {
  interval: ['interval', 'interval type', 'interval kind', 'kind of interval', 'type of interval', 'range type'],
  label: ['label', 'name', 'category', 'who', 'row', 'item'],
  group: ['group', 'series', 'measure', 'quantity', 'what', 'indicator', 'variable'],
  value: [
    'value',
    'central',
    'centre',
    'center',
    'best',
    'best estimate',
    'median',
    'mean',
    'point',
    'number',
    'figure',
    'count',
    'central estimate',
  ],
  low: ['low', 'min', 'minimum', 'lower', 'lower bound', 'low estimate', 'from', 'lo', 'lower limit'],
  high: ['high', 'max', 'maximum', 'upper', 'upper bound', 'high estimate', 'to', 'hi', 'upper limit'],
  estimate: ['estimate', 'as written', 'phrase', 'text', 'claim', 'how it was phrased', 'phrased', 'wording', 'quote'],
  date: ['date', 'as of', 'as at', 'when', 'dated', 'updated', 'date of estimate'],
  source: ['source', 'by', 'according to', 'attribution', 'said by', 'sourced to'],
  url: ['url', 'link', 'href', 'source url', 'source link'],
  note: ['note', 'notes', 'comment', 'comments', 'remark', 'footnote'],
};

const lookup = new Map<string, EstimateField>();
for (const [field, names] of Object.entries(SYNONYMS))
  for (const name of names) lookup.set(name, field as EstimateField);

/** Lower case, single spaces, no trailing colon or surrounding quotes. */
export function normaliseHeader(header: string): string {
  return header
    .replace(/^\ufeff/, '')
    .toLowerCase()
    .replace(/[\s_]+/g, ' ')
    .replace(/[:*]+$/, '')
    .replace(/^["'“”]+|["'“”]+$/g, '')
    .trim();
}

/** The contract field a header names, or undefined. */
export function fieldForHeader(header: string): EstimateField | undefined {
  return lookup.get(normaliseHeader(header));
}
