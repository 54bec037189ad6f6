/** The options of a static chart: the elements' attributes, the text around the chart, and the font. */
import type { RevisionsMode } from '../data/revisions.js';
import type { DisplayMode } from '../layout/distribution-layout.js';
import type { Palette, Theme } from '../marks/palette.js';
import type { AxesMode } from '../layout/layout-range-chart.js';
import type { SortOrder } from '../layout/row-order.js';
import type { ScaleType, ZeroRule } from '../scales/value-scale.js';
import type { StaticFont } from './static-font.js';

export interface StaticChartOptions {
  /** Width of the image in px (default 640), margins included. */
  width?: number;
  /** BCP 47 tag for numbers, dates and words (default "en"). */
  locale?: string;
  /** How the numbers in the figures are written, when not as `locale` writes them (the elements' `number-locale`). */
  numberLocale?: string;
  /** `auto` (default): a line under the chart on how to read its marks, from what is drawn; `off`: none. */
  howToRead?: 'auto' | 'off';
  /** `light` (default) or `dark`. */
  theme?: Theme;
  /** Your own colours over the theme's, as the elements' custom properties name them: `{ 'interval-color': '#7a1f5c' }`. */
  colors?: Partial<Palette>;
  /** The unit, shown as the value axis title and said after each figure. */
  unit?: string;
  /** What kind of interval the figures' ranges are when a figure does not say (the elements' `interval`). */
  interval?: string;
  /** `linear` (default), `log`, or `auto`: log for figures that span a thousandfold or more, all above zero, said in the axis title ("log scale"). */
  scale?: ScaleType;
  /** Whether the value axis includes zero: `auto`, `always` or `never`. */
  zero?: ZeroRule;
  /** The chart's title, the first line of the image. */
  title?: string;
  /** A sentence under the title saying what the chart shows. */
  description?: string;
  /** Notes under the chart, one paragraph each. */
  notes?: string | readonly string[];
  /** The source line ("Source: UN"). A source all rows share is said once by the plot ("All figures from UN."). */
  source?: string;
  /** Who made the chart ("Chart: The Daily"). */
  credit?: string;
  /** Base text size in px (default 15, never under 12). */
  fontSize?: number;
  /** The font to measure and draw in (default: Source Sans 3, shipped with the package). */
  font?: StaticFont;
  /**
   * HTML output: the URL of a folder serving the font files (`SourceSans3-Regular.ttf`, `-Bold.ttf`, as
   * in `estimate-range/fonts/`), for readers who do not have the font; without it their browser uses
   * its own sans-serif, and text may run a little wider than it was measured.
   */
  fontUrl?: string;
  /** Space around the chart in px (default 16). */
  margin?: number;
}

export interface StaticRangeOptions extends StaticChartOptions {
  /** Axes for groups: `auto`, `shared` or `independent`. */
  axes?: AxesMode;
  /** Row order within groups: `none`, `value`, `low`, `high` or `label`. */
  sort?: SortOrder;
  /** The label of a row to highlight. */
  highlight?: string;
  /** Shade the range where all sources of a group agree. */
  agreement?: boolean;
  /**
   * `join` (default): rows sharing a label and group but not a date are one claim, drawn as its latest
   * figure with the earlier ones faint under it; `separate`: a row each.
   */
  revisions?: RevisionsMode;
  /** `bars` (default), `gradient` or `dots`: how a figure that gives a probability is drawn. */
  display?: DisplayMode;
}

export interface StaticTimelineOptions extends StaticChartOptions {
  /** Events to mark on the time axis: `{ date: '2022-02-24', label: 'Invasion' }`. */
  annotations?: readonly { date: string; label: string }[];
}
