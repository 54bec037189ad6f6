/**
 * The charts' colours, once: the elements' style sheets take them as the fallbacks of their custom
 * properties (`--estimate-range-interval-color` …), and the static renderer writes them into the
 * SVG it makes, so that a chart and its image are the same colours.
 */

/** The tokens every chart uses; each is a custom property `--estimate-range-NAME`. */
export interface Palette {
  background: string;
  color: string;
  'muted-color': string;
  'grid-color': string;
  'zero-color': string;
  'interval-color': string;
  'interval-outer-color': string;
  'value-color': string;
  'highlight-color': string;
  'agreement-color': string;
  'focus-color': string;
  'error-color': string;
}

export type Theme = 'light' | 'dark';

export const PALETTES: Record<Theme, Palette> = {
  light: {
    background: '#ffffff',
    color: '#1a1a1a',
    'muted-color': '#595959',
    'grid-color': '#e2e2e2',
    'zero-color': '#8a8a8a',
    'interval-color': '#1d5a8e',
    'interval-outer-color': '#6f97bd',
    'value-color': '#0a1f33',
    'highlight-color': '#b8430b',
    'agreement-color': 'rgba(230, 170, 0, 0.2)',
    'focus-color': '#0b57d0',
    'error-color': '#a4161a',
  },
  dark: {
    background: '#15191d',
    color: '#eceff1',
    'muted-color': '#aab4bd',
    'grid-color': '#313a42',
    'zero-color': '#7d8891',
    'interval-color': '#8cc3f0',
    'interval-outer-color': '#4e84b3',
    'value-color': '#ffffff',
    'highlight-color': '#ffab70',
    'agreement-color': 'rgba(255, 196, 0, 0.16)',
    'focus-color': '#8ab4f8',
    'error-color': '#ff8a80',
  },
};

/**
 * A timeline's series 2 to 6 (series 1 is drawn in the interval colour), each overridable with
 * `--estimate-range-series-N-color`.
 */
export const SERIES_COLORS: Record<Theme, readonly string[]> = {
  light: ['#b8430b', '#2e7d32', '#6a3d9a', '#8a5a00', '#c2185b'],
  dark: ['#ffab70', '#81c784', '#c5a3ff', '#e6b450', '#f48fb1'],
};

/** A palette as custom property declarations: `--_NAME: var(--estimate-range-NAME, value);` each. */
export function paletteDeclarations(palette: Palette): string {
  return Object.entries(palette)
    .map(([name, value]) => `--_${name}: var(--estimate-range-${name}, ${value});`)
    .join('');
}

/** The series colours as declarations, `--_series-N: var(--estimate-range-series-N-color, value);`. */
export function seriesDeclarations(colors: readonly string[]): string {
  return colors
    .map((value, i) => `--_series-${i + 2}: var(--estimate-range-series-${i + 2}-color, ${value});`)
    .join('');
}
