/**
 * The downloads a chart offers under its data table (`downloads="png svg csv"`), and what happens on
 * a click: the file is made in the page (an image by chart-export.ts, loaded only then), announced
 * with `estimate-range-download`, and saved unless a listener took it.
 */
import type { Figure } from '../data/figure.js';
import { figuresToCsv } from '../data/figures-to-csv.js';
import { EstimateRangeDownloadEvent, type DownloadFormat } from '../events/estimate-range-download-event.js';

const FORMATS: readonly DownloadFormat[] = ['png', 'svg', 'csv'];

/** The formats an attribute asks for, in a fixed order; unset is the CSV alone, `none` is none. */
export function downloadFormats(attribute: string | undefined): DownloadFormat[] {
  if (attribute === undefined || attribute === null) return ['csv'];
  const asked = attribute.toLowerCase().split(/[\s,]+/);
  return FORMATS.filter((f) => asked.includes(f));
}

export interface DownloadSource {
  host: HTMLElement;
  figures: () => readonly Figure[];
  /** Makes and saves an image of the chart (chart-export.ts, loaded on the first click). */
  image: (format: 'png' | 'svg') => Promise<void>;
}

/** Announces a file about to be saved; false when a listener took it instead. */
export function announceDownload(host: HTMLElement, format: DownloadFormat, filename: string, blob: Blob): boolean {
  const event = new EstimateRangeDownloadEvent({ format, filename, blob });
  host.dispatchEvent(event);
  return !event.defaultPrevented;
}

/**
 * One click handler per format, made once per chart. The CSV is made at once, so that the browser
 * follows its own link; an image is made asynchronously and saved through a link of the chart's.
 */
export function downloadHandlers(s: DownloadSource): Record<DownloadFormat, (e: Event) => void> {
  const image = (format: 'png' | 'svg') => (e: Event) => {
    e.preventDefault();
    // Nothing is thrown into the page; its developers see why.
    s.image(format).catch((error: unknown) =>
      console.error(`estimate-range: the ${format.toUpperCase()} could not be made`, error),
    );
  };
  return {
    png: image('png'),
    svg: image('svg'),
    csv: (e: Event) => {
      const link = e.currentTarget as HTMLAnchorElement;
      const blob = new Blob([figuresToCsv(s.figures())], { type: 'text/csv;charset=utf-8' });
      if (!announceDownload(s.host, 'csv', link.download, blob)) {
        e.preventDefault();
        return;
      }
      const url = URL.createObjectURL(blob);
      link.href = url;
      // The browser follows the link after this handler; release the blob once it has.
      setTimeout(() => {
        URL.revokeObjectURL(url);
        link.href = '#';
      }, 1000);
    },
  };
}
