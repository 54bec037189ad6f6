/**
 * Sources said once where rows share them: under the chart when every row has the same source,
 * under a group's heading when every row of that group does, and on a row only where it differs.
 * A projections table that repeated one 60-character source under 27 rows spent more room on it
 * than on the figures.
 */
import type { Figure } from '../data/figure.js';

export interface RowSources {
  /** The one source of every row, said under the chart. */
  chart?: string;
  /** The one source of every row of a group (by the group's name), said under its heading. */
  byGroup: Map<string, string>;
  /** The rows that say their own source. */
  perRow: Map<Figure, string>;
}

/** A source is said only where it adds to the label: a row labelled by its source says it already. */
const own = (f: Figure) => (f.source && f.source !== f.label ? f.source : undefined);

function shared(figures: readonly Figure[]): string | undefined {
  if (figures.length < 2) return undefined;
  const first = own(figures[0]);
  return first !== undefined && figures.every((f) => own(f) === first) ? first : undefined;
}

export function rowSources(groups: readonly { name?: string; figures: readonly Figure[] }[]): RowSources {
  const perRow = new Map<Figure, string>();
  const byGroup = new Map<string, string>();
  const chart = shared(groups.flatMap((g) => g.figures));
  if (chart !== undefined) return { chart, byGroup, perRow };
  for (const group of groups) {
    const source = group.figures.length > 1 && group.name ? shared(group.figures) : undefined;
    if (source !== undefined) byGroup.set(group.name!, source);
    else for (const f of group.figures) if (own(f) !== undefined) perRow.set(f, own(f)!);
  }
  return { byGroup, perRow };
}
