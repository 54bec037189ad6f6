/**
 * An interval's kind in the chart's words: "95 % confidence interval", "claimed range", "likely
 * range". One place, so that the key, the details box, the spoken name, the table and the summary
 * name an interval the same way.
 */
import type { IntervalKind, IntervalName } from '../data/interval-name.js';
import { formatLevel } from './format-level.js';
import { message, messagesFor, type MessageKey } from './messages.js';

const KEYS: Record<IntervalKind, MessageKey> = {
  claimed: 'kind_claimed',
  confidence: 'kind_confidence',
  credible: 'kind_credible',
  uncertainty: 'kind_uncertainty',
  prediction: 'kind_prediction',
  likely: 'kind_likely',
  'very-likely': 'kind_veryLikely',
  'min-max': 'kind_minMax',
  'margin-of-error': 'kind_marginOfError',
  interquartile: 'kind_interquartile',
  other: 'kind_other',
};

/**
 * The name in words; `level` (a nested interval's own) overrides the name's. A level given as a word
 * ("likely") is the name itself when the kind has no words for levels.
 */
export function nameInterval(
  name: IntervalName,
  locale: string,
  level: number | string | undefined = name.level,
): string {
  const m = messagesFor(locale);
  // The IPCC's calibrated words are the level and the kind at once: "very likely range".
  if (typeof level === 'string' && (name.kind === 'likely' || name.kind === 'very-likely'))
    return message(m, 'kind_calibrated', { level });
  const text = message(m, KEYS[name.kind], {
    level: typeof level === 'number' ? formatLevel(level, locale) : '',
    text: name.text ?? '',
  });
  const named = text.replace(/\s+/g, ' ').trim();
  return typeof level === 'string' && !named.includes(level) ? `${level} ${named}` : named;
}

/**
 * A nested interval's name in the key, the details and speech: its level with the figure's kind
 * ("50 % credible interval"), or the level alone ("50 % interval") when the kind was not said.
 */
export function nameLevel(interval: IntervalName | undefined, level: number | string, locale: string): string {
  if (interval) return nameInterval(interval, locale, level);
  return message(messagesFor(locale), 'interval', { level: formatLevel(level, locale) });
}
