/**
 * `estimate-range-download`: a reader asked for one of the chart's downloads (the `downloads`
 * attribute), and the file is made. Fired before the browser saves it: a CMS can take the file
 * instead (to attach the PNG to an article, say) and call `preventDefault()` to stop the save. It
 * bubbles and crosses shadow roots.
 */
export type DownloadFormat = 'png' | 'svg' | 'csv';

export interface EstimateRangeDownloadDetail {
  format: DownloadFormat;
  /** The name the file is saved under ("russian-military-deaths.png"). */
  filename: string;
  /** The file itself. */
  blob: Blob;
}

export class EstimateRangeDownloadEvent extends Event {
  static readonly eventName = 'estimate-range-download';
  readonly detail: EstimateRangeDownloadDetail;

  constructor(detail: EstimateRangeDownloadDetail) {
    super(EstimateRangeDownloadEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'estimate-range-download': EstimateRangeDownloadEvent;
  }
}
