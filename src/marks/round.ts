/** Coordinates to a tenth of a pixel: enough for crisp lines, short enough for small markup. */
export function round(value: number): number {
  return Math.round(value * 10) / 10;
}
