/**
 * The class that gives a series its colour and dash pattern: `series-1` … `series-6`, numbered as
 * the public tokens are (`--estimate-range-series-1-color` is the first series); a seventh series
 * takes the first's again.
 */
export function seriesClass(index: number): string {
  return `series-${(index % 6) + 1}`;
}
