/**
 * estimate-range: range charts of estimates for news pages.
 *
 * Importing this entry registers `<estimate-range>` and `<estimate-timeline>` (it is listed in package.json
 * "sideEffects", so production builds keep the registration) and exports the data layer for apps that prepare
 * figures themselves. For the parser alone, without the elements, import `estimate-range/parse-estimate.js`.
 */
// Every language at once: the one-file build made from this entry needs no other file to speak them.
import './format/all-languages.js';

export { EstimateRange } from './estimate-range.js';
export { EstimateTimeline } from './estimate-timeline.js';
export { EstimateRangeErrorEvent, type EstimateRangeErrorDetail } from './events/estimate-range-error-event.js';
export {
  EstimateRangeDownloadEvent,
  type EstimateRangeDownloadDetail,
  type DownloadFormat,
} from './events/estimate-range-download-event.js';
export {
  parseEstimate,
  type EstimateParseResult,
  type ParsedEstimate,
  type UnreadEstimate,
} from './data/parse-estimate.js';
export { validateEstimates, type ValidationResult } from './data/validate-estimates.js';
export { describeIssue, type FigureIssue } from './data/figure-issue.js';
export { ESTIMATE_FIELDS } from './data/figure.js';
export { joinRevisions, type RevisionsMode } from './data/revisions.js';
export { readIntervalName, type IntervalKind, type IntervalName } from './data/interval-name.js';
export { fitDistribution, type Distribution } from './data/distribution.js';
export type { DisplayMode } from './layout/distribution-layout.js';
export type {
  Estimate,
  EstimateField,
  EstimateInterval,
  EstimateKind,
  Figure,
  Interval,
  SeriesPoint,
} from './data/figure.js';
export { formatFigure, describeFigure, formatRange } from './format/format-figure.js';
export { registerMessages, type Messages } from './format/messages.js';
export { layoutRangeChart, type RangeChartOptions } from './layout/layout-range-chart.js';
export { layoutTimeline, type TimelineOptions } from './layout/layout-timeline.js';
export { approximateTextMeasurer, type TextMeasurer } from './layout/text-measurer.js';
