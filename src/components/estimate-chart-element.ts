import type { Distribution } from '../data/distribution.js';
import { LitElement, ReactiveElement, html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Estimate, Figure, SeriesPoint } from '../data/figure.js';
import type { FigureIssue } from '../data/figure-issue.js';
import { SRC_TIMEOUT_MS } from '../data/src-timeout.js';
import { message, messagesFor, messagesLoading, type Messages } from '../format/messages.js';
import type { ChartLayoutOptions } from '../layout/chart-layout-options.js';
import type { ScaleType, ZeroRule } from '../scales/value-scale.js';
import { canvasTextMeasurer } from './canvas-text-measurer.js';
import { ChartSizeController, type ChartFont } from './chart-size-controller.js';
import { dataTable, TABLE_ROWS } from './data-table.js';
import { downloadFormats, downloadHandlers } from './chart-downloads.js';
import type { ImageSource } from './chart-export.js';
import type { StaticRangeOptions, StaticTimelineOptions } from '../static/static-options.js';
import { FigureInputController, type InlineFigures, type InputRules } from './figure-input-controller.js';
import { IssueReporter } from './issue-reporter.js';
import { estimatesAttribute } from './estimates-attribute.js';
import { MemoCache } from './memo-cache.js';
import { figureAnatomy } from './figure-anatomy.js';
import { chartStatus, problemsLine } from './problems-line.js';
import { StagedDrawController, type RowStages } from './staged-drawing.js';
import type { ServerRender, ServerRenderSupport } from './server-render.js';
import { serverTextMeasurer } from './server-defaults.js';
import type { TextMeasurer } from '../layout/text-measurer.js';

/** What a chart draws inside its box: the SVG and its details box. */
export interface PlotView {
  /** The how-to-read line for what this plot draws ("Bars show each source’s range; …"). */
  howToRead?: string;
  plot: TemplateResult;
  details: TemplateResult | typeof nothing;
}

/**
 * What every chart of the library shares: the figures and every way they get in, the news anatomy
 * (a figure captioned by its title, description, notes, source), width from the container, the
 * problems line, the generated summary and the data table, and the details box's dismissal. A chart
 * adds its own plot (`renderPlot`) and summary. The parts live in their own modules: input
 * (figure-input-controller), size (chart-size-controller), stages and `updateComplete`
 * (staged-drawing), the table (data-table), the problems line (problems-line).
 *
 * The slots, parts, custom properties and event below are both elements'; the custom-elements
 * manifest lists them under each.
 *
 * @slot title - The chart's title; the caption of the figure.
 * @slot description - A sentence under the title saying what the chart shows.
 * @slot note - Notes under the chart.
 * @slot source - The source or credit line under the chart.
 *
 * @csspart figure - The whole chart, a `<figure>`.
 * @csspart title - The caption holding the title.
 * @csspart description - The description under the title.
 * @csspart chart - The box holding the SVG and the details box.
 * @csspart open-end - The chevron at the open end of a range.
 * @csspart tooltip - The details box shown on hover, tap or focus.
 * @csspart how-to-read - The line under the plot on how to read its marks.
 * @csspart problems - The line saying which figures could not be shown and why.
 * @csspart data-toggle - The "Show data" button.
 * @csspart table - The data table.
 * @csspart download - A download link (the figures as CSV; with `downloads`, the chart as PNG or SVG).
 * @csspart summary - The generated summary in words, shown with the data table.
 *
 * @cssprop [--estimate-range-background=#ffffff] - Background of the chart and its details box.
 * @cssprop [--estimate-range-color=#1a1a1a] - Text colour.
 * @cssprop [--estimate-range-muted-color=#595959] - Secondary text: ticks, sources, dates.
 * @cssprop [--estimate-range-grid-color=#e2e2e2] - Gridlines and borders.
 * @cssprop [--estimate-range-zero-color=#8a8a8a] - The gridline at zero.
 * @cssprop [--estimate-range-interval-outer-color=#6f97bd] - Outer (less probable) intervals.
 * @cssprop [--estimate-range-highlight-color=#b8430b] - Highlighted bars and marks.
 * @cssprop [--estimate-range-agreement-color=rgba(230,170,0,0.2)] - The band where sources agree (range charts).
 * @cssprop [--estimate-range-focus-color=#0b57d0] - The keyboard focus ring.
 * @cssprop [--estimate-range-error-color=#a4161a] - The problems line.
 * @cssprop [--estimate-range-font-size=15px] - Base text size (never under 12 px).
 * @cssprop [--estimate-range-title-font-size=1.25em] - Title size.
 * @cssprop [--estimate-range-spacing=12px] - Space under the description.
 *
 * @fires {EstimateRangeErrorEvent} estimate-range-error - The list of input problems changed; `detail.issues` lists them.
 * @fires {EstimateRangeDownloadEvent} estimate-range-download - A reader asked for a download and the file is made (`detail.format`, `filename`, `blob`); `preventDefault()` keeps the browser from saving it.
 */
export abstract class EstimateChartElement extends LitElement {
  /** What this kind of chart requires of each row, beyond the figures contract. */
  protected static inputRules: InputRules = {};
  /** How this kind of chart draws long inputs; without it a chart draws whole in its first frame. */
  protected static rowStages?: RowStages;
  /**
   * @internal Server rendering and hydration, when a page installs them (estimate-range/ssr on a
   * server, estimate-range/hydrate.js in the browser); a chart without them draws itself afresh.
   */
  static serverRenders?: ServerRenderSupport;

  /**
   * The figures, for apps: an array following the figures contract. Takes precedence over `src` and
   * children. (Series points without a label are for `<estimate-timeline>` only.) As an attribute, JSON
   * text; an attribute that is not JSON (what React 18 writes for an array) is reported as a problem.
   */
  @property({ converter: estimatesAttribute }) estimates?: (Estimate | SeriesPoint)[];

  /** @internal On a server: the figures the page carries inline (see FigureInputHost.serverInput). */
  @property({ attribute: false }) serverInput?: InlineFigures;

  /** A URL of a `.json` or `.csv` file of figures. */
  @property({ reflect: true }) src?: string;

  /** Locale for numbers, dates and words (BCP 47); defaults to the nearest `lang` attribute, then "en". */
  @property({ reflect: true }) locale?: string;

  /**
   * How the numbers in the figures are written (BCP 47), when not as `locale` writes them:
   * `locale="uk" number-locale="en"` reads "15,000" as fifteen thousand. Without it numbers are read
   * the way `locale` writes them, and one that another locale reads differently ("15,000", "15.000")
   * is drawn with a warning.
   */
  @property({ attribute: 'number-locale', reflect: true }) numberLocale?: string;

  /**
   * What kind of interval the figures' ranges are, when a figure does not say (its `interval` field)
   * and its phrase names none ("95% CI"): "claimed range", "95% confidence interval", "credible",
   * "likely range", "min-max", "margin of error", or the author's own words. Said in the key, the
   * details, each figure's spoken name, the table and the summary.
   */
  @property({ reflect: true }) interval?: string;

  /**
   * `auto` (default): a line under the plot saying how to read its marks, written from what is drawn
   * ("Bars show each source’s range; dashed: a vague figure."), in the chart's language. `off`: none.
   */
  @property({ attribute: 'how-to-read', reflect: true }) howToRead: 'auto' | 'off' = 'auto';

  /** `linear` (default), `log`, or `auto`: log for figures that span a thousandfold or more, all above zero, said in the axis title ("log scale"). */
  @property({ reflect: true }) scale: ScaleType = 'linear';

  /** Whether the value axis includes zero: `auto` (for counts, unless the figures sit far from it), `always` or `never`. */
  @property({ reflect: true }) zero: ZeroRule = 'auto';

  /** The unit, shown as the value axis title ("Russian troops killed") and said after each figure. */
  @property({ reflect: true }) unit?: string;

  /** `light`, `dark`, or unset to follow the reader's `prefers-color-scheme`. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  /**
   * The width to draw at, in px, when the chart cannot measure its container: on a server (the
   * article column's width; see `estimate-range/ssr`), or in a container not laid out yet. Once the
   * chart is in a page it follows its container.
   */
  @property({ type: Number, reflect: true }) width?: number;

  /**
   * What a reader can download under the chart, space-separated: `png` and `svg` (the chart as an
   * image, with its title, notes and sources inside) and `csv` (the figures). Unset: `csv`; `none`:
   * nothing. The files are made in the page; nothing is sent anywhere.
   */
  @property({ reflect: true }) downloads?: string;

  /** How long a `src` may take before the chart reports it, in milliseconds (default 15,000). */
  @property({ type: Number, attribute: 'src-timeout' }) srcTimeout: number = SRC_TIMEOUT_MS;

  /** @internal */
  @state() protected detailsOpen = false;
  @state() private tableVisible = false;
  /** Set when rendering threw: the next render says so instead (see `update`). */
  private renderFailure?: string;

  /** @internal */
  protected readonly input = new FigureInputController(this, () => this.inputChanged(), this.ownClass.inputRules);
  /** @internal */
  protected readonly size = new ChartSizeController(this);
  /** @internal */
  protected readonly staged = new StagedDrawController(
    this,
    () => this.input.figures.length > 0,
    this.ownClass.rowStages,
  );
  /** @internal */
  protected readonly memo = new MemoCache();
  private readonly download = downloadHandlers({
    host: this,
    figures: () => this.input.figures,
    image: async (format) => (await import('./chart-export.js')).downloadImage(this as unknown as ImageSource, format),
  });
  private readonly reporter = new IssueReporter(this);
  /** What the server left in a server-rendered chart (see server-render.ts). */
  private serverRender?: ServerRender;
  /** The first render is to take over the server's DOM rather than draw (see `update`). */
  private hydrating = false;
  /** On a server, the measurer of this chart's render, whose widths go into the record. */
  private serverMeasurer?: TextMeasurer & { widths: Record<string, number> };

  /** The figures as read and checked: one for each row given that had no error. */
  get figures(): readonly Figure[] {
    return this.input.figures;
  }

  /**
   * @internal The figures as the chart draws them, a row each: the figures, or (in a range chart) the
   * figures with each revised claim joined into one (data/revisions.ts).
   */
  protected get drawnFigures(): Figure[] {
    return this.input.figures;
  }

  /** Every problem found in the input: errors (rows left out) and warnings. */
  get issues(): readonly FigureIssue[] {
    return this.input.issues;
  }

  /** @deprecated The same list as `issues`, under its 0.1 name; it includes warnings too. */
  get errors(): readonly FigureIssue[] {
    return this.input.issues;
  }

  /** The figures in plain words, in the chart's language; it describes the chart to screen readers. */
  abstract get summary(): string;

  /**
   * What a reader arriving in the plot by Tab hears after its name: what the chart shows and how to
   * move (`keys`). What it shows is the summary's first sentence, or, arriving in a group, the
   * sentence about that group ("Russian casualties: 2 estimates."), once the summary is made.
   */
  protected introText(keys: string, group?: string): string {
    const sentences = this.staged.extrasReady ? (this.summary.match(/[^.!?]+[.!?]+(?=\s|$)/g) ?? []) : [];
    const lead = (group && sentences.find((t) => t.trim().startsWith(`${group}:`))) || sentences[0];
    return lead ? `${lead.trim()} ${keys}` : keys;
  }

  /** @internal The locale in use: `locale`, else the nearest `lang`, else "en". */
  get resolvedLocale(): string {
    // A server sees no ancestors: there the chart's own `locale` (or "en") decides.
    const lang = this.locale || (isServer ? '' : this.closest('[lang]')?.getAttribute('lang')) || 'en';
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

  /** Draws the plot for a width, or returns undefined when there is nothing to draw. */
  protected abstract renderPlot(width: number, m: Messages): PlotView | undefined;

  /** Called when the figures change, before the next render. */
  protected figuresChanged(): void {}

  /**
   * A declarative shadow root from the server is there before the chart first renders: with the
   * server-render support installed, the chart keeps it (and the style sheet the server wrote into
   * it) and reads the server's record; without, Lit's `attachShadow` empties it and the chart draws.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const ssr = EstimateChartElement.serverRenders;
    if (!isServer && ssr && this.shadowRoot && !this.hasUpdated) {
      this.serverRender = ssr.read(this.shadowRoot);
      this.hydrating = true;
      this.staged.drawWhole();
      return this.shadowRoot;
    }
    return super.createRenderRoot();
  }

  /**
   * A chart in a language whose words are not loaded yet waits for them before it draws (and before
   * `updateComplete` resolves), rather than drawing in English first.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const words = isServer ? undefined : messagesLoading(this.resolvedLocale);
    return words ? words.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('pointerdown', this.onDocumentPointerDown);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('pointerdown', this.onDocumentPointerDown);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Always re-read: a page may set `estimates` after the element is connected and before its first
    // render (the controller read nothing then). Reading twice costs one validation; src is not refetched.
    if (changed.has('estimates') || changed.has('src') || changed.has('serverInput')) this.input.refresh(false);
    if ((changed.has('locale') || changed.has('numberLocale') || changed.has('interval')) && this.hasUpdated)
      this.input.revalidate();
  }

  private inputChanged(): void {
    this.figuresChanged();
    this.requestUpdate();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.reporter.report(this.input.issues);
  }

  /** What every layout is given: the figures, the width, the chart's font, locale and value axis. */
  protected layoutInputs(width: number): ChartLayoutOptions {
    const f = this.size.font;
    let measure: TextMeasurer;
    const ssr = EstimateChartElement.serverRenders;
    if (isServer) {
      const inner = serverTextMeasurer(f.size);
      measure = ssr ? (this.serverMeasurer ??= ssr.recording(inner)) : inner;
    } else {
      // One measurer (and its width cache) per font, kept across renders.
      measure = this.memo.get('measurer', [f.family, f.size, f.letter, f.word], () =>
        canvasTextMeasurer(f.family, f.size, { letter: f.letter, word: f.word }),
      );
      // At the server's width and font size, the server's own widths: the layout is then the
      // server's exactly, and taking over its DOM changes nothing.
      const server = this.replayedRender(width);
      if (ssr && server) {
        const own = measure;
        measure = this.memo.get('replaying', [server, own], () => ssr.replaying(server.widths, own));
      }
    }
    return {
      figures: this.drawnFigures,
      width,
      measure,
      fontSize: f.size,
      locale: this.resolvedLocale,
      scale: this.scale === 'log' || this.scale === 'auto' ? this.scale : 'linear',
      zero: this.zero,
      unit: this.unit,
    };
  }

  /** The server's record when this width and font size are the ones it laid out for: its text widths apply. */
  private replayedRender(width: number): ServerRender | undefined {
    const server = this.serverRender;
    return server && server.width === width && server.fontSize === this.size.font.size ? server : undefined;
  }

  /** The inputs of `layoutInputs`, as memo dependencies: a layout is made again only when one changes. */
  protected layoutDeps(width: number): unknown[] {
    const { family, size, letter, word } = this.size.font;
    const locale = this.resolvedLocale;
    const replayed = this.replayedRender(width) !== undefined;
    return [this.drawnFigures, width, family, size, letter, word, locale, this.scale, this.zero, this.unit, replayed];
  }

  protected override render(): TemplateResult {
    if (isServer) this.size.readServerFont();
    const chart = this.renderFigure();
    const ssr = EstimateChartElement.serverRenders;
    if (isServer && ssr) {
      return html`${chart}${ssr.record({
        width: this.size.width,
        fontSize: this.size.font.size,
        digest: ssr.digest(chart),
        widths: this.serverMeasurer?.widths ?? {},
      })}`;
    }
    const server = this.serverRender;
    // Taking over the server's DOM only when this first render would write what is already there;
    // otherwise the chart draws afresh, once (a declarative shadow root that is not this library's
    // has no record, and is drawn afresh too).
    if (this.hydrating && !(ssr && server && ssr.digest(chart) === server.digest)) {
      this.hydrating = false;
      this.clearServerDom();
    }
    // The record stays: removing it would be a change to the page, for nothing.
    return ssr && server ? html`${chart}${ssr.record(server)}` : chart;
  }

  private renderFigure(): TemplateResult {
    if (this.renderFailure) return html`<p class="problems" part="problems" role="alert">${this.renderFailure}</p>`;
    const m = messagesFor(this.resolvedLocale);
    const width = this.size.width;
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
    return figureAnatomy({
      described: figures.length > 0,
      plot: view
        ? view.plot
        : failure
          ? html`<p class="problems" part="problems" role="alert">${message(m, 'drawFailed', { error: failure })}</p>`
          : chartStatus(this.input.loading, figures.length, m),
      details: view ? view.details : nothing,
      howToRead: view && this.howToRead !== 'off' ? view.howToRead : undefined,
      problems: problemsLine(this.input.issues, m),
      table: figures.length ? this.renderTable(m) : nothing,
    });
  }

  /** Resolves once the chart is drawn whole, in however many tasks that takes (see StagedDrawController). */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.staged.settled(() => super.getUpdateComplete());
  }

  /**
   * The last guard between the chart and the page: an exception anywhere in rendering (the table, the
   * summary) leaves a message in the shadow root instead of escaping into the host page.
   */
  protected override update(changed: PropertyValues<this>): void {
    this.renderFailure = undefined;
    try {
      if (this.hydrating) this.hydrate(changed);
      else super.update(changed);
    } catch (error) {
      // A server DOM that hydration could not follow is replaced by a chart drawn afresh.
      if (this.hydrating && this.restartFromServerDom(changed)) return;
      this.renderFailure = message(messagesFor(this.resolvedLocale), 'drawFailed', { error: this.drawFailed(error) });
      super.update(changed);
    }
  }

  /**
   * The first update of a server-rendered chart: LitElement's own update, with Lit's `hydrate` in
   * place of `render`. It is done here, for these elements only, rather than by
   * `@lit-labs/ssr-client/lit-element-hydrate-support.js`, which patches every LitElement of the
   * page (a news page has other components) and must be loaded before Lit itself.
   */
  private hydrate(changed: PropertyValues<this>): void {
    const value = this.render();
    // `render` draws afresh instead when it finds the server's DOM is not what it would write.
    if (!this.hydrating) return super.update(changed);
    // ReactiveElement's update reflects attributes; LitElement's would render.
    ReactiveElement.prototype['update'].call(this, changed);
    this.renderOptions.isConnected = this.isConnected;
    EstimateChartElement.serverRenders?.hydrate(value, this.renderRoot as HTMLElement, this.renderOptions);
    this.hydrating = false;
  }

  /** Empties the server's DOM (its style sheet stays) and draws; false if that failed too. */
  private restartFromServerDom(changed: PropertyValues<this>): boolean {
    this.hydrating = false;
    this.clearServerDom();
    try {
      super.update(changed);
      return true;
    } catch {
      this.clearServerDom();
      return false;
    }
  }

  private clearServerDom(): void {
    for (const node of Array.from(this.renderRoot.childNodes)) if (!(node instanceof HTMLStyleElement)) node.remove();
  }

  /** Logs a drawing failure for the page's developers and returns its one-line description for readers. */
  private drawFailed(error: unknown): string {
    console.error('estimate-range: the chart could not be drawn', error);
    return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  }

  /** @internal A figure's distribution, when the chart draws it as one (the range chart's `display`). */
  protected tableDistribution(_figure: Figure): Distribution | undefined {
    return undefined;
  }

  private renderTable(m: Messages): TemplateResult {
    return dataTable({
      figures: this.drawnFigures,
      distributionOf: (f) => this.tableDistribution(f),
      locale: this.resolvedLocale,
      unit: this.unit,
      m,
      summary: this.staged.extrasReady ? this.summary : '',
      shown: this.staged.tableRows(TABLE_ROWS),
      visible: this.tableVisible,
      onToggle: this.toggleTable,
      downloads: downloadFormats(this.downloads),
      onDownload: this.download,
    });
  }

  /** @internal What this kind of chart adds to the options of its image (its own attributes). */
  imageOptions(): StaticRangeOptions & StaticTimelineOptions {
    return {};
  }

  /** @internal The rows as read, for the image downloads. */
  get records(): readonly unknown[] {
    return this.input.records;
  }

  /** @internal The chart's font, for the image downloads. */
  get font(): ChartFont {
    return this.size.font;
  }

  /** @internal The width the chart is drawn at, for the image downloads. */
  get drawnWidth(): number {
    return this.size.width;
  }

  private toggleTable = () => {
    this.tableVisible = !this.tableVisible;
  };

  /** A tap anywhere outside the chart dismisses its details, as on any phone UI. */
  private onDocumentPointerDown = (e: PointerEvent) => {
    if (this.detailsOpen && !e.composedPath().includes(this)) this.detailsOpen = false;
  };

  private get ownClass(): typeof EstimateChartElement {
    return this.constructor as typeof EstimateChartElement;
  }
}
