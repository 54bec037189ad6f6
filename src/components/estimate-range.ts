import { LitElement, html, svg, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { ResizeController } from '@lit-labs/observers/resize-controller.js';
import type { Estimate, Figure } from '../data/figure.js';
import { describeIssue, type FigureIssue } from '../data/figure-issue.js';
import { describeFigure } from '../format/format-figure.js';
import { speakFigure, speakFigureValue } from '../format/speak-figure.js';
import { summarizeFigures } from '../format/summarize-figures.js';
import { formatFigureDate } from '../format/format-date.js';
import { message, messagesFor, type Messages } from '../format/messages.js';
import { layoutRangeChart, type AxesMode } from '../layout/layout-range-chart.js';
import type { RangeChartGeometry, RowGeometry } from '../layout/range-chart-geometry.js';
import type { SortOrder } from '../layout/row-order.js';
import type { ScaleType, ZeroRule } from '../scales/value-scale.js';
import { agreementBand } from '../marks/agreement-band.js';
import { axisMark } from '../marks/axis-mark.js';
import { fadeDefinitions, intervalMark } from '../marks/interval-mark.js';
import { intervalKeyMark } from '../marks/interval-key-mark.js';
import { round, textLines } from '../marks/text-line.js';
import { valueMark } from '../marks/value-mark.js';
import { EstimateRangeErrorEvent } from '../events/estimate-range-error-event.js';
import { figuresToCsv } from '../data/figures-to-csv.js';
import { canvasTextMeasurer } from './canvas-text-measurer.js';
import { FigureInputController } from './figure-input-controller.js';
import { estimateRangeStyles } from './estimate-range.styles.js';

/**
 * A range chart of estimates: one row per source or category, each a bar from low to high with its
 * central value, nested intervals, open ends and vague figures drawn as what they are.
 *
 * Figures come from the `estimates` property, a `src` URL (JSON or CSV), an inline
 * `<script type="application/json">` child or an inline `<table>` child (also what readers see
 * without JavaScript), and follow every change to them.
 *
 * @tagname estimate-range
 * @summary Range chart of estimates from several sources.
 *
 * @slot title - The chart's title; the caption of the figure.
 * @slot description - A sentence under the title saying what the chart shows.
 * @slot note - Notes under the chart.
 * @slot source - The source or credit line under the chart.
 *
 * @csspart figure - The whole chart, a `<figure>`.
 * @csspart title - The caption holding the title.
 * @csspart description - The description under the title.
 * @csspart chart - The box holding the SVG and the tooltip.
 * @csspart row - One row: a source's or category's figure.
 * @csspart label - A row's label text.
 * @csspart meta - A row's source and date.
 * @csspart interval - A range bar (also `interval vague` for a vague figure).
 * @csspart open-end - The chevron at the open end of a range.
 * @csspart value - The mark of a central or single value.
 * @csspart value-label - The figure written beside its bar.
 * @csspart heading - A group's heading.
 * @csspart axis - A value axis with its gridlines and ticks.
 * @csspart axis-title - The unit under an axis.
 * @csspart agreement - The band where all sources agree, with its label.
 * @csspart key - The key of interval levels.
 * @csspart tooltip - The details box shown on hover, tap or focus.
 * @csspart problems - The line saying which figures could not be shown and why.
 * @csspart data-toggle - The "Show data" button.
 * @csspart table - The data table.
 * @csspart download - The link that downloads the figures as CSV.
 * @csspart summary - The generated summary in words, shown with the data table.
 *
 * @cssprop [--estimate-range-background=#ffffff] - Background of the chart and tooltip.
 * @cssprop [--estimate-range-color=#1a1a1a] - Text colour.
 * @cssprop [--estimate-range-muted-color=#595959] - Secondary text: ticks, sources, dates.
 * @cssprop [--estimate-range-grid-color=#e2e2e2] - Gridlines and borders.
 * @cssprop [--estimate-range-zero-color=#8a8a8a] - The gridline at zero.
 * @cssprop [--estimate-range-interval-color=#1d5a8e] - Range bars and the inner interval.
 * @cssprop [--estimate-range-interval-outer-color=#6f97bd] - Outer (less probable) intervals.
 * @cssprop [--estimate-range-value-color=#0a1f33] - Central and single value marks.
 * @cssprop [--estimate-range-highlight-color=#b8430b] - The highlighted row's bar.
 * @cssprop [--estimate-range-agreement-color=rgba(230,170,0,0.2)] - The band where sources agree.
 * @cssprop [--estimate-range-focus-color=#0b57d0] - The keyboard focus ring.
 * @cssprop [--estimate-range-error-color=#a4161a] - The problems line.
 * @cssprop [--estimate-range-font-size=15px] - Base text size (never under 12 px).
 * @cssprop [--estimate-range-title-font-size=1.25em] - Title size.
 * @cssprop [--estimate-range-spacing=12px] - Space under the description.
 *
 * @fires {EstimateRangeErrorEvent} estimate-range-error - The list of input problems changed; `detail.errors` lists them.
 */
export class EstimateRange extends LitElement {
  static override styles = estimateRangeStyles;

  /** The figures, for apps: an array following the figures contract. Takes precedence over `src` and children. */
  @property({ attribute: false }) estimates?: Estimate[];

  /** A URL of a `.json` or `.csv` file of figures. */
  @property({ reflect: true }) src?: string;

  /** Locale for numbers, dates and words (BCP 47); defaults to the nearest `lang` attribute, then "en". */
  @property({ reflect: true }) locale?: string;

  /** `linear` (default) or `log`. */
  @property({ reflect: true }) scale: ScaleType = 'linear';

  /** Whether the axis includes zero: `auto` (for counts, unless the figures sit far from it), `always` or `never`. */
  @property({ reflect: true }) zero: ZeroRule = 'auto';

  /** Axes for groups: `auto` (own axes when magnitudes differ more than twentyfold), `shared` or `independent`. */
  @property({ reflect: true }) axes: AxesMode = 'auto';

  /** Row order within groups: `none` (as given), `value`, `low`, `high` or `label`. */
  @property({ reflect: true }) sort: SortOrder = 'none';

  /** The label of a row to highlight. */
  @property({ reflect: true }) highlight?: string;

  /** Shade the range where all sources of a group agree. */
  @property({ type: Boolean, reflect: true }) agreement = false;

  /** The unit, shown as the axis title ("Russian troops killed"). */
  @property({ reflect: true }) unit?: string;

  /** `light`, `dark`, or unset to follow the reader's `prefers-color-scheme`. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  @state() private activeIndex = 0;
  @state() private tooltipOpen = false;
  @state() private tableVisible = false;

  private readonly input = new FigureInputController(this, () => this.inputChanged());
  // Observes a zero-height sizer, not the host: the host's height changes with every render, and
  // observing it would make the observer fire again in the same frame ("ResizeObserver loop" errors
  // on the host page).
  private readonly size = new ResizeController(this, {
    target: null,
    // The first real width comes from the observer itself, after layout and before paint.
    skipInitial: true,
    callback: (entries) => this.readSize(entries),
  });
  private font = { family: 'sans-serif', size: 15, letter: 0, word: 0 };
  private lastReported = '';
  private geometry?: RangeChartGeometry;

  /** The figures being drawn, after checking. */
  get figures(): readonly Figure[] {
    return this.input.figures;
  }

  /** Every problem found in the input: errors (rows left out) and warnings. Read-only. */
  get errors(): readonly FigureIssue[] {
    return this.input.issues;
  }

  /**
   * The figures in plain words, generated in the chart's language: what is estimated, by how many
   * sources, the lowest and highest and who gave them, where they agree, and when. It describes the
   * chart to screen readers and is shown with the data table.
   */
  get summary(): string {
    return summarizeFigures(this.input.figures, { locale: this.resolvedLocale, unit: this.unit });
  }

  /** The locale in use: `locale`, else the nearest `lang`, else "en". */
  get resolvedLocale(): string {
    const lang = this.locale || this.closest('[lang]')?.getAttribute('lang') || 'en';
    try {
      return Intl.getCanonicalLocales(lang)[0] ?? 'en';
    } catch {
      return 'en';
    }
  }

  /** Loads `src` again (after a failure, or to pick up new figures). */
  refresh(): void {
    this.input.refresh(true);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('estimates') || changed.has('src')) {
      if (this.hasUpdated || changed.get('estimates') !== undefined || changed.get('src') !== undefined) this.input.refresh(false);
    }
    if (changed.has('locale') && this.hasUpdated) this.input.revalidate();
  }

  private inputChanged(): void {
    const key = JSON.stringify(this.input.issues);
    if (key !== this.lastReported) {
      const hadBefore = this.lastReported !== '' && this.lastReported !== '[]';
      this.lastReported = key;
      if (this.input.issues.length > 0 || hadBefore) {
        this.dispatchEvent(new EstimateRangeErrorEvent(this.input.issues));
      }
    }
    if (this.activeIndex >= this.input.figures.length) this.activeIndex = 0;
    this.requestUpdate();
  }

  private readSize(entries: ResizeObserverEntry[]): number {
    // The observer fires after layout, so reading the computed font here forces nothing extra.
    const style = getComputedStyle(this);
    const size = parseFloat(style.fontSize);
    const px = (v: string) => (Number.isFinite(parseFloat(v)) ? parseFloat(v) : 0);
    this.font = { family: style.fontFamily || 'sans-serif', size: Number.isFinite(size) ? size : 15, letter: px(style.letterSpacing), word: px(style.wordSpacing) };
    const entry = entries[entries.length - 1];
    return entry ? Math.floor(entry.contentBoxSize?.[0]?.inlineSize ?? entry.contentRect.width) : 0;
  }

  protected override render(): TemplateResult {
    const m = messagesFor(this.resolvedLocale);
    const width = this.size.value ?? 0;
    const figures = this.input.figures;
    this.geometry =
      width > 0 && figures.length > 0
        ? layoutRangeChart({
            figures,
            width,
            measure: canvasTextMeasurer(this.font.family, this.font.size, { letter: this.font.letter, word: this.font.word }),
            fontSize: this.font.size,
            locale: this.resolvedLocale,
            scale: this.scale === 'log' ? 'log' : 'linear',
            zero: this.zero,
            axes: this.axes,
            sort: this.sort,
            highlight: this.highlight,
            agreement: this.agreement,
            unit: this.unit,
          })
        : undefined;
    const g = this.geometry;
    // Which slots are filled, read from the light DOM here rather than on slotchange, which would
    // schedule a second render after every first one. Child changes reach render through the input
    // controller's MutationObserver.
    const slotted = {
      title: this.hasSlotted('title'),
      description: this.hasSlotted('description'),
      note: this.hasSlotted('note'),
      source: this.hasSlotted('source'),
    };
    // The figure is named by its caption explicitly: Chromium does not name a figure from a
    // figcaption whose text is slotted in from the light DOM.
    const described = [slotted.description ? 'description' : '', figures.length ? 'summary' : ''].filter(Boolean).join(' ');
    return html`<figure part="figure" aria-labelledby=${slotted.title ? 'caption' : nothing} aria-describedby=${described || nothing}>
      <figcaption id="caption" part="title" class=${slotted.title ? 'filled' : ''}><slot name="title"></slot></figcaption>
      <div part="description" class=${slotted.description ? 'description filled' : 'description'} id="description">
        <slot name="description"></slot>
      </div>
      <div class="chart" part="chart">
        <div class="sizer" ${this.size.target()}></div>
        ${g ? this.renderChart(g, m) : this.renderStatus(m, figures.length)}
        ${g ? this.renderTooltip(g, m) : nothing}
      </div>
      ${this.renderProblems(m)}
      <footer class=${slotted.note || slotted.source ? 'filled' : ''}>
        <slot name="note"></slot>
        <slot name="source"></slot>
      </footer>
      ${figures.length ? this.renderTable(m) : nothing}
    </figure>`;
  }

  private renderStatus(m: Messages, count: number): TemplateResult | typeof nothing {
    if (this.input.loading) return html`<p class="status" role="status">${message(m, 'loading')}</p>`;
    if (count === 0) return html`<p class="status">${message(m, 'empty')}</p>`;
    return nothing;
  }

  private renderChart(g: RangeChartGeometry, m: Messages): TemplateResult {
    const active = g.rows[this.activeIndex] ? this.activeIndex : 0;
    return html`<svg
      class="plot"
      role="group"
      aria-label=${message(m, 'chartLabel')}
      aria-describedby="keys"
      width=${g.width}
      height=${g.height}
      viewBox=${`0 0 ${g.width} ${g.height}`}
      style=${`width:${g.width}px;height:${g.height}px`}
      @keydown=${this.onKeyDown}
      @pointerleave=${this.onPointerLeave}
    >
      <desc id="keys">${message(m, 'keyboardHelp')}</desc>
      ${fadeDefinitions()}
      ${intervalKeyMark(g.key)}
      ${g.axes.map((axis) => axisMark(axis))}
      ${g.groups.map(
        (group) => svg`
          ${textLines(group.heading, 'heading', 'heading').map((t) => svg`<g aria-hidden="true">${t}</g>`)}
          ${agreementBand(group)}
          <g role="list" aria-label=${group.name ?? nothing}>
            ${repeat(group.rows, (row) => `${row.figure.row}|${row.figure.label}`, (row) => this.renderRow(row, row.index === active))}
          </g>`,
      )}
      ${textLines(g.footer, 'footer').map((t) => svg`<g aria-hidden="true">${t}</g>`)}
    </svg>`;
  }

  private renderRow(row: RowGeometry, isTabStop: boolean) {
    const g = this.geometry!;
    const classes = ['row', row.highlighted ? 'highlighted' : '', row.dimmed ? 'dimmed' : '', this.tooltipOpen && row.index === this.activeIndex ? 'active' : '']
      .filter(Boolean)
      .join(' ');
    return svg`<g class=${classes} part="row" role="listitem" tabindex=${isTabStop ? 0 : -1}
        aria-label=${speakFigure(row.figure, { locale: this.resolvedLocale, unit: this.unit })} data-row=${row.figure.row}
        @focus=${() => this.activate(row.index, true)}
        @pointerenter=${(e: PointerEvent) => e.pointerType === 'mouse' && this.activate(row.index, false)}
        @click=${() => this.onRowClick(row.index)}>
      <rect class="hit" x="0" y=${round(row.top)} width=${g.width} height=${round(row.bottom - row.top)}></rect>
      <g aria-hidden="true">
        ${textLines(row.label, 'label', 'label')}
        ${textLines(row.meta, 'meta', 'meta')}
        ${intervalMark(row)}
        ${valueMark(row)}
        ${row.valueLabel ? textLines([row.valueLabel], 'value-label', 'value-label') : nothing}
      </g>
    </g>`;
  }

  private renderTooltip(g: RangeChartGeometry, m: Messages): TemplateResult {
    const row = g.rows[this.activeIndex];
    if (!this.tooltipOpen || !row) return html`<div class="tooltip" part="tooltip" hidden></div>`;
    const f = row.figure;
    const locale = this.resolvedLocale;
    // Below the row when it fits in the chart, else above it: never over the row it explains.
    const below = row.bottom + 4;
    const placeBelow = below + 90 < g.height || row.top < 100;
    const position = placeBelow ? `top:${round(below)}px` : `bottom:${round(g.height - row.top + 4)}px`;
    const anchorX = row.mark?.x ?? ((row.strokes[0]?.x0 ?? 0) + (row.strokes[0]?.x1 ?? 0)) / 2;
    const left = Math.max(0, Math.min(anchorX - 140, g.width - 300));
    return html`<div class="tooltip" part="tooltip" style=${`${position};left:${round(left)}px`} role="group" aria-label=${f.label}>
      <button class="close" type="button" aria-label=${message(m, 'close')} @click=${this.closeTooltip}>×</button>
      <strong>${f.label}</strong>
      <p>${describeFigure(f, locale)}</p>
      ${f.intervals.length
        ? html`<p class="muted">${f.intervals.map((i) => `${message(m, 'interval', { level: typeof i.level === 'number' ? `${Math.round(i.level * 1000) / 10} %` : i.level })}: ${describeFigure({ ...f, kind: 'range', low: i.low, high: i.high, value: undefined }, locale)}`).join('; ')}</p>`
        : nothing}
      ${f.text ? html`<p class="muted">${message(m, 'asWritten')}: “${f.text}”</p>` : nothing}
      ${f.date ? html`<p class="muted">${message(m, 'asOf', { date: formatFigureDate(f.date, locale, 'long') })}</p>` : nothing}
      ${f.source || f.url
        ? html`<p class="muted">${message(m, 'source')}: ${f.url ? html`<a href=${f.url} target="_blank" rel="noopener noreferrer">${f.source ?? f.url}</a>` : f.source}</p>`
        : nothing}
      ${f.note ? html`<p>${f.note}</p>` : nothing}
    </div>`;
  }

  private renderProblems(m: Messages): TemplateResult | typeof nothing {
    const issues = this.input.issues;
    if (!issues.length) return nothing;
    const errorRows = new Set(issues.filter((i) => i.severity === 'error' && i.row !== undefined).map((i) => i.row));
    const wholeInput = issues.some((i) => i.severity === 'error' && i.row === undefined);
    const warnings = issues.filter((i) => i.severity === 'warning').length;
    const headline = [
      errorRows.size === 1 ? message(m, 'notShownOne') : errorRows.size > 1 ? message(m, 'notShown', { count: errorRows.size }) : '',
      !errorRows.size && !wholeInput && warnings ? (warnings === 1 ? message(m, 'warningsOne') : message(m, 'warnings', { count: warnings })) : '',
    ]
      .filter(Boolean)
      .join(' ');
    const shown = issues.slice(0, 6);
    return html`<div class="problems" part="problems" role="status">
      ${headline ? html`<span>${headline}</span>` : nothing}
      <ul>
        ${shown.map((issue) => html`<li>${describeIssue(issue)}</li>`)}
        ${issues.length > shown.length ? html`<li>… ${issues.length - shown.length} more.</li>` : nothing}
      </ul>
    </div>`;
  }

  private renderTable(m: Messages): TemplateResult {
    const locale = this.resolvedLocale;
    return html`<button class="data-toggle" part="data-toggle" type="button" aria-expanded=${this.tableVisible ? 'true' : 'false'}
        @click=${() => (this.tableVisible = !this.tableVisible)}>${message(m, this.tableVisible ? 'hideData' : 'showData')}</button>
      <a class="download" part="download" href="#" download="figures.csv" @click=${this.download}>${message(m, 'downloadCsv')}</a>
      <div class=${this.tableVisible ? 'table-wrap' : 'table-wrap visually-hidden'}>
        <p id="summary" part="summary" class="summary">${this.summary}</p>
        <table part="table">
          <caption>${message(m, 'tableCaption')}</caption>
          <thead><tr><th scope="col">${message(m, 'colLabel')}</th><th scope="col">${message(m, 'colFigure')}</th><th scope="col">${message(m, 'colDate')}</th><th scope="col">${message(m, 'colSource')}</th><th scope="col">${message(m, 'colNote')}</th></tr></thead>
          <tbody>
            ${this.input.figures.map(
              (f) => html`<tr>
                <th scope="row">${f.group ? `${f.group}: ${f.label}` : f.label}</th>
                <td>${speakFigureValue(f, { locale, unit: this.unit })}${f.text ? html` <span>(“${f.text}”)</span>` : nothing}</td>
                <td>${f.date ? formatFigureDate(f.date, locale, 'medium') : ''}</td>
                <td>${f.url ? html`<a href=${f.url} target="_blank" rel="noopener noreferrer">${f.source ?? f.url}</a>` : (f.source ?? '')}</td>
                <td>${f.note ?? ''}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>`;
  }

  /** Builds the CSV when asked for, so that a chart nobody downloads costs nothing. */
  private download = (e: Event) => {
    const link = e.currentTarget as HTMLAnchorElement;
    const url = URL.createObjectURL(new Blob([figuresToCsv(this.input.figures)], { type: 'text/csv;charset=utf-8' }));
    link.href = url;
    // The browser follows the link after this handler; release the blob once it has.
    setTimeout(() => {
      URL.revokeObjectURL(url);
      link.href = '#';
    }, 1000);
  };

  private hasSlotted(name: string): boolean {
    return Array.from(this.children).some((c) => c.getAttribute('slot') === name && (c.textContent ?? '').trim() !== '');
  }

  private activate(index: number, fromFocus: boolean): void {
    this.activeIndex = index;
    if (fromFocus || !this.tooltipOpen) this.tooltipOpen = true;
  }

  private onPointerLeave = (e: PointerEvent) => {
    if (e.pointerType === 'mouse' && !this.shadowRoot?.activeElement) this.tooltipOpen = false;
  };

  private onRowClick(index: number): void {
    // A tap on the open row closes its details; on another row, opens that one.
    if (this.tooltipOpen && this.activeIndex === index) this.tooltipOpen = false;
    else this.activate(index, true);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('pointerdown', this.onDocumentPointerDown);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('pointerdown', this.onDocumentPointerDown);
  }

  /** A tap anywhere outside the chart dismisses its details, as on any phone UI. */
  private onDocumentPointerDown = (e: PointerEvent) => {
    if (this.tooltipOpen && !e.composedPath().includes(this)) this.tooltipOpen = false;
  };

  private closeTooltip = () => {
    this.tooltipOpen = false;
    this.focusRow(this.activeIndex);
  };

  private onKeyDown = (e: KeyboardEvent) => {
    const count = this.geometry?.rows.length ?? 0;
    if (!count) return;
    let next = this.activeIndex;
    switch (e.key) {
      case 'ArrowDown':
      case 'ArrowRight':
        next = Math.min(count - 1, next + 1);
        break;
      case 'ArrowUp':
      case 'ArrowLeft':
        next = Math.max(0, next - 1);
        break;
      case 'Home':
        next = 0;
        break;
      case 'End':
        next = count - 1;
        break;
      case 'Escape':
        this.tooltipOpen = false;
        return;
      case 'Enter':
      case ' ':
        this.tooltipOpen = !this.tooltipOpen;
        e.preventDefault();
        return;
      default:
        return;
    }
    e.preventDefault();
    this.activeIndex = next;
    this.tooltipOpen = true;
    this.focusRow(next);
  };

  private async focusRow(index: number): Promise<void> {
    await this.updateComplete;
    const row = this.renderRoot.querySelectorAll<SVGGElement>('.row')[index];
    row?.focus();
  }
}
