/**
 * Which chart a file is for, when `--type` is not given: a timeline when its figures follow a series
 * through time (the same label in a group on more than one date, or points without a label), else a
 * range chart (different sources on different dates are still one comparison). The reason is printed.
 */
import { readFigures, type FiguresInput } from '../static/read-input.js';

export interface TypeGuess {
  type: 'range' | 'timeline';
  reason: string;
}

export function guessChartType(input: FiguresInput): TypeGuess {
  const { figures } = readFigures(input, { labelOptional: true });
  const dated = figures.filter((f) => f.date);
  if (dated.some((f) => f.unlabelled))
    return { type: 'timeline', reason: 'rows without a label are points of a series' };
  const dates = new Map<string, Set<string>>();
  for (const f of dated) {
    // A source in a group seen again on another date: the same claim followed over time.
    const key = f.group ? `${f.group}: ${f.label}` : f.label;
    const seen = dates.get(key) ?? new Set<string>();
    seen.add(String(f.date?.time.getTime()));
    dates.set(key, seen);
  }
  const series = [...dates].find(([, d]) => d.size > 1);
  if (series) return { type: 'timeline', reason: `“${series[0]}” has figures on ${series[1].size} dates` };
  return { type: 'range', reason: 'each label has one figure' };
}
