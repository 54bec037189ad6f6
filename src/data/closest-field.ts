import { ESTIMATE_FIELDS } from './figure.js';

/** The contract field nearest to an unknown name ("hihg" → "high"), by edit distance, for "did you mean". */
export function closestField(name: string): string | undefined {
  return closestName(name, ESTIMATE_FIELDS);
}

/** The name nearest to `name` within two edits, if any: for "did you mean" (fields, command-line options). */
export function closestName(name: string, names: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  let best: string | undefined;
  let bestDistance = 3;
  for (const field of names) {
    const d = editDistance(lower, field);
    if (d < bestDistance) {
      best = field;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return 99;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
