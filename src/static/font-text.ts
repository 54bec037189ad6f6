/**
 * How the static renderer measures text in Node: in the font file that will draw it (fontkit), by
 * default Source Sans 3 as shipped with the package.
 */
import { fontMeasurer } from './font-measurer.js';
import { defaultFont } from './static-font.js';
import type { StaticText } from './static-chart.js';
import type { StaticChartOptions } from './static-options.js';

export function fontText(options: StaticChartOptions): StaticText {
  const font = options.font ?? defaultFont();
  return { family: font.family, measure: (size) => fontMeasurer(font, size), font };
}
