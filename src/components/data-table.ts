import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { Figure } from '../data/figure.js';
import { figuresToCsv } from '../data/figures-to-csv.js';
import { formatFigureDate } from '../format/format-date.js';
import { message, type Messages } from '../format/messages.js';
import { rowHeader } from '../format/row-header.js';
import { speakFigureValue } from '../format/speak-figure.js';
import { sourceLink } from './details-box.js';

/**
 * Rows shown in the data table. Beyond this a table stops helping anyone (and 10,000 rows cost the
 * page tens of thousands of nodes); the CSV download carries every figure.
 */
export const TABLE_ROWS = 500;

export interface DataTableOptions {
  figures: readonly Figure[];
  locale: string;
  unit?: string;
  m: Messages;
  /** The generated summary, written above the table ('' until it is due). */
  summary: string;
  /** How many rows to write now (see StagedDrawController.tableRows). */
  shown: number;
  /** Whether the reader asked to see the table. */
  visible: boolean;
  onToggle: () => void;
  /** The download link's click handler, from `csvDownload`. */
  onDownload: (e: Event) => void;
}

/**
 * "Show data", the CSV download and the table of every figure with the summary above it. The table is
 * always in the accessibility tree; "Show data" shows it to sighted readers too.
 */
export function dataTable(o: DataTableOptions): TemplateResult {
  const { figures, locale, unit, m } = o;
  return html`<button class="data-toggle" part="data-toggle" type="button" aria-expanded=${o.visible ? 'true' : 'false'}
        @click=${o.onToggle}>${message(m, o.visible ? 'hideData' : 'showData')}</button>
      <a class="download" part="download" href="#" download="figures.csv" @click=${o.onDownload}>${message(m, 'downloadCsv')}</a>
      <div class=${o.visible ? 'table-wrap' : 'table-wrap visually-hidden'}>
        <p id="summary" part="summary" class="summary">${o.summary}</p>
        <table part="table">
          <caption>${message(m, 'tableCaption')}</caption>
          <thead><tr><th scope="col">${message(m, 'colLabel')}</th><th scope="col">${message(m, 'colFigure')}</th><th scope="col">${message(m, 'colDate')}</th><th scope="col">${message(m, 'colSource')}</th><th scope="col">${message(m, 'colNote')}</th></tr></thead>
          <tbody>
            ${guard([figures, locale, unit, o.shown], () =>
              figures.slice(0, o.shown).map(
                (f) => html`<tr>
                  <th scope="row">${rowHeader(f, locale, unit)}</th>
                  <td>${speakFigureValue(f, { locale, unit })}${f.text ? html` <span>(“${f.text}”)</span>` : nothing}</td>
                  <td>${f.date ? formatFigureDate(f.date, locale, 'medium') : ''}</td>
                  <td>${sourceLink(f)}</td>
                  <td>${f.note ?? ''}</td>
                </tr>`,
              ),
            )}
          </tbody>
        </table>
        ${
          figures.length > TABLE_ROWS
            ? html`<p class="table-more">${message(m, 'moreRows', { shown: TABLE_ROWS, count: figures.length - TABLE_ROWS })}</p>`
            : nothing
        }
      </div>`;
}

/**
 * A click handler for the download link that builds the CSV when asked for, so that a chart nobody
 * downloads costs nothing. Made once per chart, so that re-renders keep the same listener.
 */
export function csvDownload(figures: () => readonly Figure[]): (e: Event) => void {
  return (e: Event) => {
    const link = e.currentTarget as HTMLAnchorElement;
    const url = URL.createObjectURL(new Blob([figuresToCsv(figures())], { type: 'text/csv;charset=utf-8' }));
    link.href = url;
    // The browser follows the link after this handler; release the blob once it has.
    setTimeout(() => {
      URL.revokeObjectURL(url);
      link.href = '#';
    }, 1000);
  };
}
