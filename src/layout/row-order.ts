/**
 * Rows drawn together by group, in the order a reader meets them: groups in order of first
 * appearance, rows within a group as given or sorted.
 */
import type { Figure } from '../data/figure.js';
import { figureCentre, figureMax, figureMin } from '../data/figure.js';

/** `none` keeps the order given. Numeric sorts put the largest first, as news charts rank. */
export type SortOrder = 'none' | 'value' | 'low' | 'high' | 'label';

export interface FigureGroup {
  /** The group's name; undefined for figures given without one. */
  name?: string;
  figures: Figure[];
}

/** The figure's central number for sorting (0 for a figure with none). */
const centreForSorting = (f: Figure): number => figureCentre(f) ?? 0;

const sortKeys: Record<Exclude<SortOrder, 'none' | 'label'>, (f: Figure) => number> = {
  value: centreForSorting,
  low: (f) => figureMin(f) ?? -Infinity,
  high: (f) => figureMax(f) ?? Infinity,
};

/** Splits figures into groups and orders the rows of each. */
export function groupFigures(figures: Figure[], sort: SortOrder = 'none', locale = 'en'): FigureGroup[] {
  const groups = new Map<string | undefined, Figure[]>();
  for (const f of figures) {
    const list = groups.get(f.group);
    if (list) list.push(f);
    else groups.set(f.group, [f]);
  }
  // Made only when needed: creating an Intl.Collator costs several milliseconds.
  const collator = sort === 'label' ? new Intl.Collator(locale) : undefined;
  return Array.from(groups, ([name, list]) => {
    const rows = [...list];
    if (collator) rows.sort((a, b) => collator.compare(a.label, b.label) || a.row - b.row);
    else if (sort !== 'none' && sort !== 'label') {
      const key = sortKeys[sort];
      rows.sort((a, b) => key(b) - key(a) || a.row - b.row);
    }
    return { name, figures: rows };
  });
}
