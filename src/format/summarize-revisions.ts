/**
 * What moved, for revised claims (data/revisions.ts), in sentences for both charts' summaries.
 */
import type { Figure } from '../data/figure.js';
import { revisionDirection } from '../data/revisions.js';
import { formatFigureDate } from './format-date.js';
import { listOf, messagesFor, plural } from './messages.js';

/**
 * "2 sources raised their figures since 9 March 2022: Ukraine's General Staff and US officials." Raised and lowered are said apart; a claim that
 * came back to where it began is not said to have moved.
 */
export function revisionSentences(list: readonly Figure[], locale: string): string[] {
  const m = messagesFor(locale);
  const sentences: string[] = [];
  for (const direction of ['raised', 'lowered'] as const) {
    const moved = list.filter((f) => revisionDirection(f) === direction);
    if (!moved.length) continue;
    const first = moved
      .flatMap((f) => (f.earlier?.[0]?.date ? [f.earlier[0].date] : []))
      .sort((a, b) => a.time.getTime() - b.time.getTime())[0];
    if (!first) continue;
    sentences.push(
      plural(m, direction, moved.length, locale, {
        date: formatFigureDate(first, locale, 'long'),
        who: listOf(
          moved.map((f) => f.label),
          locale,
        ),
      }),
    );
  }
  return sentences;
}
