import { html, isServer, svg, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
// Styles are set through the CSSOM, never as style attributes, which a strict CSP blocks.
import { styleProps } from '../marks/style-props.js';
import type { Figure } from '../data/figure.js';
import { parseFigureDate } from '../data/parse-date.js';
import { formatFigureDate } from '../format/format-date.js';
import { howToRead } from '../format/how-to-read.js';
import { timelineReadingClauses } from '../layout/reading-clauses.js';
import { message, messagesFor, type Messages } from '../format/messages.js';
import { speakFigure, speakFigureValue } from '../format/speak-figure.js';
import { summarizeTimeline } from '../format/summarize-timeline.js';
import { layoutTimeline, type TimelineAnnotation } from '../layout/layout-timeline.js';
import type { TimelineGeometry } from '../layout/timeline-geometry.js';
import { round } from '../marks/round.js';
import { timelineMarks } from '../marks/timeline-marks.js';
import { EstimateChartElement, type PlotView } from './estimate-chart-element.js';
import { closedDetailsBox, detailsBox, sourceLink } from './details-box.js';
import { chartStyles } from './chart.styles.js';
import { noScriptStyles } from './no-script.styles.js';
import { dataTableStyles } from './data-table.styles.js';
import { estimateTimelineStyles } from './estimate-timeline.styles.js';

/** An event to mark on the time axis, as given: `{ date: '2022-02-24', label: 'Invasion begins' }`. */
export interface AnnotationInput {
  date: string;
  label: string;
}

/**
 * Uncertainty bands over time: each group a series with a band from low to high (nested bands for
 * nested intervals) and a line through its central values; estimates that name a source are marks
 * at their date on top. Same figures contract, input paths, formatting and theming as
 * `<estimate-range>`; a row without a label is one of its group's own points.
 *
 * Events are marked with `<time datetime="2022-02-24">Invasion begins</time>` children, the
 * `annotations` property, or `"annotations"` beside `"estimates"` in JSON data.
 *
 * @tagname estimate-timeline
 * @summary Uncertainty bands over time, with sources' estimates marked on top.
 *
 * @csspart band - A series' band (one per interval level).
 * @csspart line - A series' central line.
 * @csspart estimate - A source's estimate marked at its date.
 * @csspart annotation - An event's rule and label.
 * @csspart label - A series' direct label or legend entry.
 * @csspart axis - The axes, with gridlines and ticks.
 * @csspart axis-title - The unit over the value axis.
 * @csspart crosshair - The rule at the date being read.
 * @csspart key - The key of nested interval levels, when figures give them.
 *
 * @cssprop [--estimate-range-series-1-color] - First series (defaults to the interval colour).
 * @cssprop [--estimate-range-series-2-color=#b8430b] - Second series.
 * @cssprop [--estimate-range-series-3-color=#2e7d32] - Third series.
 * @cssprop [--estimate-range-series-4-color=#6a3d9a] - Fourth series.
 * @cssprop [--estimate-range-series-5-color=#8a5a00] - Fifth series.
 * @cssprop [--estimate-range-series-6-color=#c2185b] - Sixth series.
 * @cssprop [--estimate-range-annotation-color] - Event rules (defaults to the muted colour).
 * @cssprop [--estimate-range-interval-color=#1d5a8e] - The first series and open ends.
 * @cssprop [--estimate-range-value-color=#0a1f33] - Sources' estimate marks.
 */
export class EstimateTimeline extends EstimateChartElement {
  static override styles = [
    chartStyles,
    dataTableStyles,
    estimateTimelineStyles,
    ...(isServer ? [noScriptStyles()] : []),
  ];
  /** A series' own points need no label (they take the series' name); every point needs a date. */
  protected static override inputRules = { labelOptional: true, dateRequired: true };

  /** Events to mark, in addition to `<time>` children. */
  @property({ attribute: false }) annotations?: AnnotationInput[];

  @state() private activeColumn = -1;
  @state() private activeSeries = 0;
  /**
   * The date the reader last chose by Left, Right, Home or End: Up and Down move to the nearest
   * date of the next series from here, so that Down then Up comes back to the same date.
   */
  private anchorColumn = 0;
  /** What the live region says: only "Details hidden." (each date is said as the slider's value). */
  @state() private announcement = '';

  private geometry?: TimelineGeometry;

  /** The timeline in words: each series' trend, its widest and narrowest range, the sources marked. */
  override get summary(): string {
    return this.memo.get('summary', [this.input.figures, this.resolvedLocale, this.unit], () =>
      summarizeTimeline(this.input.figures, {
        locale: this.resolvedLocale,
        defaultSeries: this.unit,
      }),
    );
  }

  /** The figures of the active date, for tests and for apps that mirror the crosshair. */
  get activeFigures(): readonly Figure[] {
    const g = this.geometry;
    const column = g?.columns[this.activeColumn];
    if (!g || !column) return [];
    return [...column.entries.map((e) => e.figure), ...column.marks.map((i) => g.marks[i].figure)];
  }
  protected override figuresChanged(): void {
    this.activeColumn = -1;
    this.anchorColumn = 0;
  }

  /** Events from the property, the data (JSON "annotations") and `<time datetime>` children, as given. */
  private givenAnnotations(): AnnotationInput[] {
    const fromData = this.input.annotations.flatMap((a) =>
      a !== null && typeof a === 'object' && typeof (a as AnnotationInput).date === 'string'
        ? [a as AnnotationInput]
        : [],
    );
    return [
      ...(this.annotations ?? []),
      ...fromData,
      // A server sees no children; the page's <time> events appear once the chart is in a browser.
      ...Array.from(isServer ? [] : this.querySelectorAll(':scope > time[datetime]'), (t) => ({
        date: t.getAttribute('datetime') ?? '',
        label: (t.textContent ?? '').trim(),
      })),
    ];
  }

  /** The events to mark; undated ones are skipped. */
  private readAnnotations(): TimelineAnnotation[] {
    return this.givenAnnotations().flatMap((a) => {
      const date = parseFigureDate(a.date);
      return date && typeof a.label === 'string' && a.label ? [{ date, label: a.label }] : [];
    });
  }

  /** @internal The timeline's events, for its image downloads. */
  override imageOptions() {
    return { annotations: this.givenAnnotations() };
  }

  protected override renderPlot(width: number, m: Messages): PlotView | undefined {
    if (!this.input.figures.some((f) => f.date)) return undefined;
    const annotations = this.readAnnotations();
    // Events are read from the light DOM on every render; their text decides whether to lay out again.
    const g = this.memo.get('layout', [...this.layoutDeps(width), JSON.stringify(annotations)], () =>
      layoutTimeline({ ...this.layoutInputs(width), annotations, defaultSeries: this.unit }),
    );
    this.geometry = g;
    const column = g.columns[this.activeColumn];
    return {
      howToRead: howToRead(timelineReadingClauses(g), this.resolvedLocale),
      // A slider over the dates: a widget to a screen reader's browse mode (Orca and NVDA pass the
      // arrow keys to it after Tab), its value text says the date and every figure on it
      // when the value changes, and its marks are presentational, as a slider's children are.
      plot: html`<svg
        class="plot"
        role="slider"
        tabindex="0"
        aria-label=${message(m, 'chartLabel')}
        aria-description=${this.introText(message(m, 'timelineKeys'))}
        aria-orientation="horizontal"
        aria-valuemin="0"
        aria-valuemax=${Math.max(0, g.columns.length - 1)}
        aria-valuenow=${Math.max(0, this.activeColumn)}
        aria-valuetext=${this.valueText(g)}
        width=${g.width}
        height=${g.height}
        viewBox=${`0 0 ${g.width} ${g.height}`}
        style=${styleProps({ width: `${g.width}px`, height: `${g.height}px` })}
        @keydown=${this.onKeyDown}
        @pointermove=${this.onPointerMove}
        @pointerdown=${this.onPointerMove}
        @pointerleave=${this.onPointerLeave}
        @focus=${this.onFocus}
      >
        <rect class="focus-frame" x="1" y="1" width=${g.width - 2} height=${g.height - 2} rx="4"></rect>
        <g aria-hidden="true">
          ${timelineMarks(g)}
          ${column ? svg`<line class="crosshair" part="crosshair" x1=${round(column.x)} x2=${round(column.x)} y1=${g.plot.y0} y2=${g.plot.y1}></line>` : nothing}
        </g>
      </svg>
      <div class="visually-hidden" aria-live="polite">${this.announcement}</div>`,
      details: this.renderDetails(g, m),
    };
  }

  /** The slider's value as said: the active date (the first before one is chosen) and its figures. */
  private valueText(g: TimelineGeometry): string {
    if (!g.columns.length) return '';
    const { date, lines } = this.columnText(g, Math.max(0, this.activeColumn));
    return `${date}: ${lines.join('; ')}`;
  }

  /** What the details box and the slider's value say about a date. */
  private columnText(g: TimelineGeometry, index: number): { date: string; lines: string[] } {
    const column = g.columns[index];
    const locale = this.resolvedLocale;
    const first = column.entries[0]?.figure ?? g.marks[column.marks[0]]?.figure;
    const date = first?.date ? formatFigureDate(first.date, locale, 'long') : '';
    const lines = [
      ...column.entries.map(
        (e) =>
          `${g.series[e.series].name ? `${g.series[e.series].name}: ` : ''}${speakFigureValue(e.figure, { locale, unit: this.unit })}`,
      ),
      ...column.marks.map((i) => speakFigure(g.marks[i].figure, { locale, unit: this.unit })),
    ];
    return { date, lines };
  }

  private renderDetails(g: TimelineGeometry, m: Messages): TemplateResult {
    const column = g.columns[this.activeColumn];
    if (!this.detailsOpen || !column) return closedDetailsBox();
    const { date, lines } = this.columnText(g, this.activeColumn);
    // Beside the crosshair, on whichever side has more room, below the plot's top: it never hides the date it explains.
    const left = column.x > g.width / 2 ? Math.max(0, column.x - 12 - 280) : Math.min(column.x + 12, g.width - 200);
    const marks = column.marks.map((i) => g.marks[i].figure);
    const link = marks.find((f) => f.url);
    return detailsBox({
      label: date,
      placement: { top: g.plot.y0, left },
      m,
      onClose: this.closeDetails,
      content: html`<strong>${message(m, 'onDate', { date })}</strong>
        <ul>${lines.map((l) => html`<li>${l}</li>`)}</ul>
        ${marks.map((f) => (f.note ? html`<p class="muted">${f.label}: ${f.note}</p>` : nothing))}
        ${link ? html`<p class="muted">${message(m, 'source')}: ${sourceLink(link, link.source ?? link.label)}</p>` : nothing}`,
    });
  }

  /** Makes a date active and shows its details; `anchor` keeps it as the date Up and Down start from. */
  private setColumn(index: number, anchor: boolean): void {
    const g = this.geometry;
    if (!g || !g.columns.length) return;
    this.activeColumn = Math.max(0, Math.min(g.columns.length - 1, index));
    if (anchor) this.anchorColumn = this.activeColumn;
    this.detailsOpen = true;
    this.announcement = '';
  }

  private nearestColumn(x: number): number {
    const columns = this.geometry?.columns ?? [];
    let best = -1;
    let distance = Infinity;
    columns.forEach((c, i) => {
      const d = Math.abs(c.x - x);
      if (d < distance) {
        best = i;
        distance = d;
      }
    });
    return best;
  }

  private onPointerMove = (e: PointerEvent) => {
    const svgEl = e.currentTarget as SVGSVGElement;
    // offsetX would be simpler but differs between engines for SVG targets.
    const x = e.clientX - svgEl.getBoundingClientRect().left;
    const index = this.nearestColumn(x);
    if (index >= 0 && (index !== this.activeColumn || !this.detailsOpen)) this.setColumn(index, true);
  };

  private onPointerLeave = (e: PointerEvent) => {
    if (e.pointerType === 'mouse' && this.shadowRoot?.activeElement === null) this.detailsOpen = false;
  };

  private onFocus = () => {
    if (this.activeColumn < 0) this.setColumn(0, true);
  };

  private closeDetails = () => {
    this.detailsOpen = false;
  };

  private onKeyDown = (e: KeyboardEvent) => {
    const g = this.geometry;
    if (!g || !g.columns.length) return;
    const current = Math.max(0, this.activeColumn);
    switch (e.key) {
      case 'ArrowRight':
        this.setColumn(current + 1, true);
        break;
      case 'ArrowLeft':
        this.setColumn(current - 1, true);
        break;
      case 'Home':
        this.setColumn(0, true);
        break;
      case 'End':
        this.setColumn(g.columns.length - 1, true);
        break;
      case 'ArrowDown':
      case 'ArrowUp': {
        // Up and down move to the next series, at its date nearest the anchor.
        const count = g.series.length;
        if (count < 2) return;
        this.activeSeries = (this.activeSeries + (e.key === 'ArrowDown' ? 1 : count - 1)) % count;
        const anchorX = g.columns[Math.min(this.anchorColumn, g.columns.length - 1)].x;
        let best = -1;
        g.columns.forEach((c, i) => {
          if (!c.entries.some((en) => en.series === this.activeSeries)) return;
          if (best < 0 || Math.abs(c.x - anchorX) < Math.abs(g.columns[best].x - anchorX)) best = i;
        });
        if (best >= 0) this.setColumn(best, false);
        break;
      }
      case 'Escape':
        if (this.detailsOpen) this.announcement = message(messagesFor(this.resolvedLocale), 'detailsHidden');
        this.detailsOpen = false;
        return;
      default:
        return;
    }
    e.preventDefault();
  };
}
