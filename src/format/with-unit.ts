/**
 * A formatted number with the unit it was written with: "45%", "1.5°C", "£2.1 billion", "48 TWh".
 * A figure read from "£2.1bn" keeps its pound sign wherever it is shown or said.
 */

/** Currency signs go before the number, as news copy writes them. */
const BEFORE = new Set(['£', '$', '€', '¥', '₹', '₴']);

export function withUnit(formatted: string, unit?: string): string {
  if (!unit) return formatted;
  if (unit === '%' || unit === '‰' || unit.startsWith('°')) return `${formatted}${unit}`;
  if (BEFORE.has(unit)) return formatted.startsWith('−') ? `−${unit}${formatted.slice(1)}` : `${unit}${formatted}`;
  return `${formatted} ${unit}`;
}
