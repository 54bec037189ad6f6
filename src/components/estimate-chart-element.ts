import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { ResizeController } from '@lit-labs/observers/resize-controller.js';
import type { Estimate, Figure, SeriesPoint } from '../data/figure.js';
import { describeIssue, type FigureIssue } from '../data/figure-issue.js';
import { figuresToCsv } from '../data/figures-to-csv.js';
import { SRC_TIMEOUT_MS } from '../data/load-src.js';
import { formatFigureDate } from '../format/format-date.js';
import { message, messagesFor, type Messages } from '../format/messages.js';
import { speakFigureValue } from '../format/speak-figure.js';
import type { ChartLayoutOptions } from '../layout/chart-layout-options.js';
import type { ScaleType, ZeroRule } from '../scales/value-scale.js';
import { EstimateRangeErrorEvent } from '../events/estimate-range-error-event.js';
import { canvasTextMeasurer } from './canvas-text-measurer.js';
import { FigureInputController } from './figure-input-controller.js';

/**
 * Rows shown in the data table. Beyond this a table stops helping anyone (and 10,000 rows cost the
 * page tens of thousands of nodes); the CSV download carries every figure.
 */
export const TABLE_ROWS = 500;

/** What a chart draws inside its box: the SVG and its details box. */
export interface PlotView {
  plot: TemplateResult;
  tooltip: TemplateResult | typeof nothing;
}

/**
 * What every chart of the library shares: the figures and every way they get in, the news anatomy
 * (a figure captioned by its title, description, notes, source), width from the container, the
 * problems line, the generated summary and the data table with its CSV download, and the details
 * box's dismissal. A chart adds its own plot (`renderPlot`) and summary.
 */
export abstract class EstimateChartElement extends LitElement {
  /**
   * The figures, for apps: an array following the figures contract. Takes precedence over `src` and
   * children. (Series points without a label are for `<estimate-timeline>` only.)
   */
  @property({ attribute: false }) estimates?: (Estimate | SeriesPoint)[];

  /** A URL of a `.json` or `.csv` file of figures. */
  @property({ reflect: true }) src?: string;

  /** Locale for numbers, dates and words (BCP 47); defaults to the nearest `lang` attribute, then "en". */
  @property({ reflect: true }) locale?: string;

  /** `linear` (default) or `log`. */
  @property({ reflect: true }) scale: ScaleType = 'linear';

  /** Whether the value axis includes zero: `auto` (for counts, unless the figures sit far from it), `always` or `never`. */
  @property({ reflect: true }) zero: ZeroRule = 'auto';

  /** The unit, shown as the value axis title ("Russian troops killed") and said after each figure. */
  @property({ reflect: true }) unit?: string;

  /** `light`, `dark`, or unset to follow the reader's `prefers-color-scheme`. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /** How long a `src` may take before the chart reports it, in milliseconds (default 15,000). */
  @property({ type: Number, attribute: 'src-timeout' }) srcTimeout = SRC_TIMEOUT_MS;

  @state() protected tooltipOpen = false;
  @state() protected tableVisible = false;
  /** Set when rendering threw: the next render says so instead (see `update`). */
  private renderFailure?: string;
  /**
   * The generated summary and the data table's rows are written in the task after the chart is first
   * drawn: both are hidden until asked for (screen readers reach them through the figure's
   * description and the table), and they were a third of a ten-row chart's first render.
   */
  private extrasReady = false;
  private extrasTimer?: ReturnType<typeof setTimeout>;

  protected readonly input = new FigureInputController(this, () => this.inputChanged());
  // Observes a zero-height sizer, not the host: the host's height changes with every render, and
  // observing it would make the observer fire again in the same frame ("ResizeObserver loop" errors
  // on the host page).
  protected readonly size = new ResizeController(this, {
    target: null,
    // The first real width comes from the observer itself, after layout and before paint.
    skipInitial: true,
    callback: (entries) => this.readSize(entries),
  });
  protected font = { family: 'sans-serif', size: 15, letter: 0, word: 0 };
  /** The width read at connection, used until the ResizeObserver reports. */
  private initialWidth = 0;
  private lastReported = '';
  private readonly memos = new Map<string, { deps: unknown[]; value: unknown }>();

  /** The figures being drawn, after checking. */
  get figures(): readonly Figure[] {
    return this.input.figures;
  }

  /** Every problem found in the input: errors (rows left out) and warnings. Read-only. */
  get errors(): readonly FigureIssue[] {
    return this.input.issues;
  }

  /** The figures in plain words, in the chart's language; it describes the chart to screen readers. */
  abstract get summary(): string;

  /** The locale in use: `locale`, else the nearest `lang`, else "en". */
  get resolvedLocale(): string {
    const lang = this.locale || this.closest('[lang]')?.getAttribute('lang') || 'en';
    try {
      return Intl.getCanonicalLocales(lang)[0] ?? 'en';
    } catch {
      return 'en';
    }
  }

  /** Whether a row without a label is allowed (a timeline's series points need none). */
  get labelOptional(): boolean {
    return false;
  }

  /** Whether every figure needs a date (a timeline's do). */
  get dateRequired(): boolean {
    return false;
  }

  /** Loads `src` again (after a failure, or to pick up new figures). */
  refresh(): void {
    this.input.refresh(true);
  }

  /** Draws the plot for a width, or returns undefined when there is nothing to draw. */
  protected abstract renderPlot(width: number, m: Messages): PlotView | undefined;

  /** How many table rows to draw now: all (up to `TABLE_ROWS`), unless a long chart is still being drawn. */
  protected tableRowsDrawn(): number {
    return TABLE_ROWS;
  }

  /** Called when the figures change, before the next render. */
  protected figuresChanged(): void {}

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated && !this.extrasReady) this.requestUpdate();
    document.addEventListener('pointerdown', this.onDocumentPointerDown);
    // Read the width once, now, so that the first render already draws the chart. Waiting for the
    // ResizeObserver would paint one frame without it, and the article below would jump twice
    // (measured: a Cumulative Layout Shift of 0.08 on test/pages/cls.html). This is the only layout
    // read the element makes outside the observer.
    if (this.size.value === undefined && this.isConnected) {
      this.initialWidth = Math.floor(this.getBoundingClientRect().width);
      this.readFont();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.extrasTimer);
    this.extrasTimer = undefined;
    document.removeEventListener('pointerdown', this.onDocumentPointerDown);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Always re-read: a page may set `estimates` after the element is connected and before its first
    // render (the controller read nothing then). Reading twice costs one validation; src is not refetched.
    if (changed.has('estimates') || changed.has('src')) this.input.refresh(false);
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
    this.figuresChanged();
    this.requestUpdate();
  }

  private readSize(entries: ResizeObserverEntry[]): number {
    // The observer fires after layout, so reading the computed font here forces nothing extra.
    this.readFont();
    const entry = entries[entries.length - 1];
    return entry ? Math.floor(entry.contentBoxSize?.[0]?.inlineSize ?? entry.contentRect.width) : 0;
  }

  private readFont(): void {
    const style = getComputedStyle(this);
    const size = parseFloat(style.fontSize);
    const px = (v: string) => (Number.isFinite(parseFloat(v)) ? parseFloat(v) : 0);
    this.font = {
      family: style.fontFamily || 'sans-serif',
      size: Number.isFinite(size) ? size : 15,
      letter: px(style.letterSpacing),
      word: px(style.wordSpacing),
    };
  }

  /**
   * A value computed again only when one of its inputs changed (compared by identity). Hovering a
   * row or opening the table re-renders the chart; it must not lay it out, measure or summarise it
   * again.
   */
  protected memo<T>(name: string, deps: unknown[], compute: () => T): T {
    const last = this.memos.get(name);
    if (last && last.deps.length === deps.length && last.deps.every((d, i) => Object.is(d, deps[i])))
      return last.value as T;
    const value = compute();
    this.memos.set(name, { deps, value });
    return value;
  }

  /** The inputs of the layout that every chart shares, as memo dependencies. */
  protected layoutDeps(width: number): unknown[] {
    const f = this.font;
    return [
      this.input.figures,
      width,
      f.family,
      f.size,
      f.letter,
      f.word,
      this.resolvedLocale,
      this.scale,
      this.zero,
      this.unit,
    ];
  }

  /** What every layout is given: the figures, the width, the chart's font, locale and value axis. */
  protected layoutInputs(width: number): ChartLayoutOptions {
    const f = this.font;
    // One measurer (and its width cache) per font, kept across renders.
    const measure = this.memo('measurer', [f.family, f.size, f.letter, f.word], () =>
      canvasTextMeasurer(f.family, f.size, { letter: f.letter, word: f.word }),
    );
    return {
      figures: this.input.figures,
      width,
      measure,
      fontSize: this.font.size,
      locale: this.resolvedLocale,
      scale: this.scale === 'log' ? 'log' : 'linear',
      zero: this.zero,
      unit: this.unit,
    };
  }

  protected override render(): TemplateResult {
    if (this.renderFailure) return html`<p class="problems" part="problems" role="alert">${this.renderFailure}</p>`;
    const m = messagesFor(this.resolvedLocale);
    const width = this.size.value ?? this.initialWidth;
    const figures = this.input.figures;
    let view: PlotView | undefined;
    let failure: string | undefined;
    if (width > 0 && figures.length > 0) {
      // Nothing is thrown into the page: a chart that cannot be drawn says so, and keeps its table.
      try {
        view = this.renderPlot(width, m);
      } catch (error) {
        failure = this.drawFailed(error);
      }
    }
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
    const described = [slotted.description ? 'description' : '', figures.length ? 'summary' : '']
      .filter(Boolean)
      .join(' ');
    return html`<figure part="figure" aria-labelledby=${slotted.title ? 'caption' : nothing} aria-describedby=${described || nothing}>
      <figcaption id="caption" part="title" class=${slotted.title ? 'filled' : ''}><slot name="title"></slot></figcaption>
      <div part="description" class=${slotted.description ? 'description filled' : 'description'} id="description">
        <slot name="description"></slot>
      </div>
      <div class="chart" part="chart">
        <div class="sizer" ${this.size.target()}></div>
        ${view ? view.plot : failure ? html`<p class="problems" part="problems" role="alert">${message(m, 'drawFailed', { error: failure })}</p>` : this.renderStatus(m, figures.length)}
        ${view ? view.tooltip : nothing}
      </div>
      ${this.renderProblems(m)}
      <footer class=${slotted.note || slotted.source ? 'filled' : ''}>
        <slot name="note"></slot>
        <slot name="source"></slot>
      </footer>
      ${figures.length ? this.renderTable(m) : nothing}
    </figure>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.extrasReady && this.input.figures.length && !this.extrasTimer) {
      // After the frame that shows the chart, or in 100 ms where frames are not being drawn (a
      // background tab), so that updateComplete always resolves.
      const ready = () => {
        if (this.extrasReady || !this.extrasTimer) return;
        clearTimeout(this.extrasTimer);
        this.extrasTimer = undefined;
        this.extrasReady = true;
        this.requestUpdate();
      };
      this.extrasTimer = setTimeout(ready, 100);
      requestAnimationFrame(() => setTimeout(ready));
    }
  }

  /** Whether drawing continues in later tasks: the summary and table (see `extrasReady`), or more. */
  protected get stillDrawing(): boolean {
    return !this.extrasReady && this.input.figures.length > 0;
  }

  /** Resolves once the chart is drawn whole, in however many tasks that takes (see `stillDrawing`). */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.isConnected && this.stillDrawing) {
      await new Promise((resolve) => setTimeout(resolve));
      complete = (await super.getUpdateComplete()) && complete;
    }
    return complete;
  }

  /** Logs a drawing failure for the page's developers and returns its one-line description for readers. */
  private drawFailed(error: unknown): string {
    console.error('estimate-range: the chart could not be drawn', error);
    return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  }

  /**
   * The last guard between the chart and the page: an exception anywhere in rendering (the table, the
   * summary) leaves a message in the shadow root instead of escaping into the host page.
   */
  protected override update(changed: PropertyValues<this>): void {
    this.renderFailure = undefined;
    try {
      super.update(changed);
    } catch (error) {
      this.renderFailure = message(messagesFor(this.resolvedLocale), 'drawFailed', { error: this.drawFailed(error) });
      super.update(changed);
    }
  }

  private renderStatus(m: Messages, count: number): TemplateResult | typeof nothing {
    if (this.input.loading) return html`<p class="status" role="status">${message(m, 'loading')}</p>`;
    if (count === 0) return html`<p class="status">${message(m, 'empty')}</p>`;
    return nothing;
  }

  private renderProblems(m: Messages): TemplateResult | typeof nothing {
    const issues = this.input.issues;
    if (!issues.length) return nothing;
    const errorRows = new Set(issues.filter((i) => i.severity === 'error' && i.row !== undefined).map((i) => i.row));
    const wholeInput = issues.some((i) => i.severity === 'error' && i.row === undefined);
    const warnings = issues.filter((i) => i.severity === 'warning').length;
    const headline = [
      errorRows.size === 1
        ? message(m, 'notShownOne')
        : errorRows.size > 1
          ? message(m, 'notShown', { count: errorRows.size })
          : '',
      !errorRows.size && !wholeInput && warnings
        ? warnings === 1
          ? message(m, 'warningsOne')
          : message(m, 'warnings', { count: warnings })
        : '',
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
    // Rows written again only when what they show changes, not on every hover or focus.
    const shown = this.extrasReady ? Math.min(TABLE_ROWS, this.tableRowsDrawn()) : 0;
    return html`<button class="data-toggle" part="data-toggle" type="button" aria-expanded=${this.tableVisible ? 'true' : 'false'}
        @click=${() => (this.tableVisible = !this.tableVisible)}>${message(m, this.tableVisible ? 'hideData' : 'showData')}</button>
      <a class="download" part="download" href="#" download="figures.csv" @click=${this.download}>${message(m, 'downloadCsv')}</a>
      <div class=${this.tableVisible ? 'table-wrap' : 'table-wrap visually-hidden'}>
        <p id="summary" part="summary" class="summary">${this.extrasReady ? this.summary : ''}</p>
        <table part="table">
          <caption>${message(m, 'tableCaption')}</caption>
          <thead><tr><th scope="col">${message(m, 'colLabel')}</th><th scope="col">${message(m, 'colFigure')}</th><th scope="col">${message(m, 'colDate')}</th><th scope="col">${message(m, 'colSource')}</th><th scope="col">${message(m, 'colNote')}</th></tr></thead>
          <tbody>
            ${guard([this.input.figures, locale, this.unit, shown], () =>
              this.input.figures.slice(0, shown).map(
                (f) => html`<tr>
                  <th scope="row">${this.rowHeader(f)}</th>
                  <td>${speakFigureValue(f, { locale, unit: this.unit })}${f.text ? html` <span>(“${f.text}”)</span>` : nothing}</td>
                  <td>${f.date ? formatFigureDate(f.date, locale, 'medium') : ''}</td>
                  <td>${f.url ? html`<a href=${f.url} target="_blank" rel="noopener noreferrer">${f.source ?? f.url}</a>` : (f.source ?? '')}</td>
                  <td>${f.note ?? ''}</td>
                </tr>`,
              ),
            )}
          </tbody>
        </table>
        ${
          this.input.figures.length > TABLE_ROWS
            ? html`<p class="table-more">${message(m, 'moreRows', { shown: TABLE_ROWS, count: this.input.figures.length - TABLE_ROWS })}</p>`
            : nothing
        }
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

  /** A table row's header: who or what, or for a series' own point, the series and its date. */
  private rowHeader(f: Figure): string {
    if (f.unlabelled) {
      const series = f.group || this.unit || '';
      const date = f.date ? formatFigureDate(f.date, this.resolvedLocale, 'medium') : '';
      return [series, date].filter(Boolean).join(': ');
    }
    return f.group ? `${f.group}: ${f.label}` : f.label;
  }

  private hasSlotted(name: string): boolean {
    return Array.from(this.children).some(
      (c) => c.getAttribute('slot') === name && (c.textContent ?? '').trim() !== '',
    );
  }

  /** A tap anywhere outside the chart dismisses its details, as on any phone UI. */
  private onDocumentPointerDown = (e: PointerEvent) => {
    if (this.tooltipOpen && !e.composedPath().includes(this)) this.tooltipOpen = false;
  };
}
