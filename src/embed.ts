/**
 * The embed build (`dist/embed/estimate-range.js`, with its chunks beside it): what a news page with a
 * `<script type="module">` and a chart needs before it can paint, and the rest later. It registers
 * `<estimate-range>` at once and `<estimate-timeline>` when the page first uses the tag
 * (define-when-used.ts); the image downloads load on the first click, as in the other builds.
 *
 * It exports what the package's entry does, less the timeline's class and layout (which would bring
 * the timeline back into the first download): `customElements.whenDefined('estimate-timeline')` gives
 * the class once it is used.
 */
import { defineWhenUsed } from './define-when-used.js';

export { EstimateRange } from './estimate-range.js';
export { EstimateRangeErrorEvent, type EstimateRangeErrorDetail } from './events/estimate-range-error-event.js';
export {
  EstimateRangeDownloadEvent,
  type EstimateRangeDownloadDetail,
  type DownloadFormat,
} from './events/estimate-range-download-event.js';
export { parseEstimate } from './data/parse-estimate.js';
export { validateEstimates } from './data/validate-estimates.js';
export { describeIssue } from './data/figure-issue.js';
export { ESTIMATE_FIELDS } from './data/figure.js';
export { formatFigure, describeFigure, formatRange } from './format/format-figure.js';
export { registerMessages } from './format/messages.js';
export { layoutRangeChart } from './layout/layout-range-chart.js';
export { approximateTextMeasurer } from './layout/text-measurer.js';

defineWhenUsed('estimate-timeline', () => import('./estimate-timeline.js'));
