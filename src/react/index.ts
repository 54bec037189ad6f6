/**
 * `estimate-range/react`: the elements as React components, through Lit's own `@lit/react`. React 18
 * sets an array prop on a custom element as an attribute ("[object Object]"), and React 19 skips
 * custom-element properties and `on…` handlers when it hydrates server-rendered HTML: these components
 * set `estimates` and every option as properties and listen for the error event in both.
 *
 * @example
 * import { EstimateRange } from 'estimate-range/react';
 * <EstimateRange estimates={figures} agreement onEstimateRangeError={(e) => log(e.detail.issues)} />
 *
 * `react` and `@lit/react` are optional peer dependencies: an app that does not use React needs neither.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { EstimateRange as EstimateRangeElement } from '../estimate-range.js';
import { EstimateTimeline as EstimateTimelineElement } from '../estimate-timeline.js';
import type { EstimateRangeErrorEvent } from '../events/estimate-range-error-event.js';
import type { EstimateRangeDownloadEvent } from '../events/estimate-range-download-event.js';

const events = {
  onEstimateRangeError: 'estimate-range-error' as EventName<EstimateRangeErrorEvent>,
  onEstimateRangeDownload: 'estimate-range-download' as EventName<EstimateRangeDownloadEvent>,
};

/** `<estimate-range>` as a React component; its props are the element's properties, `onEstimateRangeError` and `onEstimateRangeDownload`. */
export const EstimateRange = createComponent({
  tagName: 'estimate-range',
  elementClass: EstimateRangeElement,
  react: React,
  events,
  displayName: 'EstimateRange',
});

/** `<estimate-timeline>` as a React component; its props are the element's properties, `onEstimateRangeError` and `onEstimateRangeDownload`. */
export const EstimateTimeline = createComponent({
  tagName: 'estimate-timeline',
  elementClass: EstimateTimelineElement,
  react: React,
  events,
  displayName: 'EstimateTimeline',
});
