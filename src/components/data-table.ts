import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { Figure } from '../data/figure.js';
import type { DownloadFormat } from '../events/estimate-range-download-event.js';
import { formatFigureDate } from '../format/format-date.js';
import { message, type Messages } from '../format/messages.js';
import { rowHeader } from '../format/row-header.js';
import { speakFigureValue } from '../format/speak-figure.js';
import { earlierFigures } from '../format/earlier-figures.js';
import { describeDistribution } from '../format/describe-distribution.js';
import type { Distribution } from '../data/distribution.js';
import { sourceLink } from './details-box.js';

/**
 * Rows shown in the data table. Beyond this a table stops helping anyone (and 10,000 rows cost the
 * page tens of thousands of nodes); the CSV download carries every figure.
 */
export const TABLE_ROWS = 500;

export interface DataTableOptions {
  figures: readonly Figure[];
  /** A figure's distribution, when the chart draws it as one: said in a column of its own. */
  distributionOf?: (figure: Figure) => Distribution | undefined;
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
  /** The downloads offered, in order, each with its click handler (chart-downloads.ts). */
  downloads: readonly DownloadFormat[];
  onDownload: Record<DownloadFormat, (e: Event) => void>;
}

const DOWNLOAD_LABEL = { png: 'downloadPng', svg: 'downloadSvg', csv: 'downloadCsv' } as const;

/**
 * "Show data", the CSV download and the table of every figure with the summary above it. The table is
 * always in the accessibility tree; "Show data" shows it to sighted readers too.
 */
export function dataTable(o: DataTableOptions): TemplateResult {
  const { figures, locale, unit, m } = o;
  // A column no figure fills is left out: a screen reader would say "blank" in it on every row.
  const has = {
    date: figures.some((f) => f.date),
    source: figures.some((f) => f.source || f.url),
    note: figures.some((f) => f.note),
    earlier: figures.some((f) => f.earlier?.length),
  };
  const fits = new Map(figures.slice(0, o.shown).map((f) => [f, o.distributionOf?.(f)]));
  const hasDistribution = [...fits.values()].some(Boolean);
  const distribution = (f: Figure) => {
    const fit = fits.get(f);
    return fit ? describeDistribution(fit, f, locale) : '';
  };
  const earlier = (f: Figure) => earlierFigures(f, { locale, dateLength: 'medium', form: 'spoken', bare: true }) ?? '';
  return html`<button class="data-toggle" part="data-toggle" type="button" aria-expanded=${o.visible ? 'true' : 'false'}
        @click=${o.onToggle}>${message(m, o.visible ? 'hideData' : 'showData')}</button>
      ${o.downloads.map(
        (format) =>
          html`<a class="download" part="download" href="#" download=${format === 'csv' ? 'figures.csv' : ''}
            data-format=${format} @click=${o.onDownload[format]}>${message(m, DOWNLOAD_LABEL[format])}</a>`,
      )}
      <div class=${o.visible ? 'table-wrap' : 'table-wrap visually-hidden'}>
        <p id="summary" part="summary" class="summary">${o.summary}</p>
        <table part="table">
          <caption>${message(m, 'tableCaption')}</caption>
          <thead><tr><th scope="col">${message(m, 'colLabel')}</th><th scope="col">${message(m, 'colFigure')}</th>${
            has.date ? html`<th scope="col">${message(m, 'colDate')}</th>` : nothing
          }${has.source ? html`<th scope="col">${message(m, 'colSource')}</th>` : nothing}${
            has.note ? html`<th scope="col">${message(m, 'colNote')}</th>` : nothing
          }${has.earlier ? html`<th scope="col">${message(m, 'colEarlier')}</th>` : nothing}${
            hasDistribution ? html`<th scope="col">${message(m, 'colDistribution')}</th>` : nothing
          }</tr></thead>
          <tbody>
            ${guard([figures, locale, unit, o.shown, hasDistribution], () =>
              figures.slice(0, o.shown).map(
                (f) => html`<tr>
                  <th scope="row">${rowHeader(f, locale, unit)}</th>
                  <td>${speakFigureValue(f, { locale, unit })}${f.text ? ` (“${f.text}”)` : ''}</td>${
                    has.date ? html`<td>${f.date ? formatFigureDate(f.date, locale, 'medium') : ''}</td>` : nothing
                  }${has.source ? html`<td>${sourceLink(f)}</td>` : nothing}${has.note ? html`<td>${f.note ?? ''}</td>` : nothing}${
                    has.earlier ? html`<td>${earlier(f)}</td>` : nothing
                  }${hasDistribution ? html`<td>${distribution(f)}</td>` : nothing}
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
