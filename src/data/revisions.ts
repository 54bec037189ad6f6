/**
 * Revisions of a claim: rows that share a label and a group but not a date are one source's figure
 * as it moved ("more than 7,000" on 16 March, "between 7,000 and 15,000" on 23 March). They become
 * one row, the latest figure, carrying the earlier ones (`Figure.earlier`), so that a chart draws
 * the history of the claim rather than unrelated rows.
 */
import type { Figure } from './figure.js';
import { figureCentre } from './figure.js';

/** `join`: a source's dated figures become one row with its earlier figures; `separate`: a row each. */
export type RevisionsMode = 'join' | 'separate';

/** The key a claim is known by: its label, as a reader would match it, within its group. */
function claimKey(f: Figure): string {
  return `${f.group ?? ''}\u0000${f.label.trim().toLowerCase()}`;
}

/**
 * The figures with each revised claim joined into its latest figure. A claim is joined only when
 * every one of its rows is dated and no two share a date: rows without dates, or two figures on one
 * day, are read as different claims and left as they are. A joined row stands where the claim's
 * first row stood, and keeps the latest figure's row number. Returns `figures` itself when nothing
 * joins, so that a caller's memo sees no change.
 */
export function joinRevisions(figures: Figure[]): Figure[] {
  const byClaim = new Map<string, Figure[]>();
  for (const f of figures) {
    const key = claimKey(f);
    const list = byClaim.get(key);
    if (list) list.push(f);
    else byClaim.set(key, [f]);
  }
  const joined = new Map<string, Figure>();
  for (const [key, list] of byClaim) {
    if (list.length < 2 || list.some((f) => !f.date)) continue;
    const times = new Set(list.map((f) => f.date!.time.getTime()));
    if (times.size < list.length) continue;
    const dated = list.slice().sort((a, b) => a.date!.time.getTime() - b.date!.time.getTime());
    const latest = dated[dated.length - 1];
    joined.set(key, { ...latest, earlier: dated.slice(0, -1) });
  }
  if (joined.size === 0) return figures;
  const out: Figure[] = [];
  for (const f of figures) {
    const key = claimKey(f);
    const claim = joined.get(key);
    if (!claim) out.push(f);
    else if (byClaim.get(key)![0] === f) out.push(claim);
  }
  return out;
}

/** Which way a claim moved from its first figure to its latest, by their centres. */
export function revisionDirection(f: Figure): 'raised' | 'lowered' | 'unchanged' | undefined {
  const first = f.earlier?.[0];
  if (!first) return undefined;
  const before = figureCentre(first);
  const now = figureCentre(f);
  if (before === undefined || now === undefined) return undefined;
  return now > before ? 'raised' : now < before ? 'lowered' : 'unchanged';
}
