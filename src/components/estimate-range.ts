import { html, isServer, svg, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { guard } from 'lit/directives/guard.js';
// Styles are set through the CSSOM, never as style attributes, which a strict CSP blocks.
import { styleProps } from '../marks/style-props.js';
import { speakFigure } from '../format/speak-figure.js';
import { summarizeFigures } from '../format/summarize-figures.js';
import { message, messagesFor, type Messages } from '../format/messages.js';
import { layoutRangeChart, type AxesMode } from '../layout/layout-range-chart.js';
import type { Figure } from '../data/figure.js';
import { joinRevisions, type RevisionsMode } from '../data/revisions.js';
import type { DisplayMode } from '../layout/distribution-layout.js';
import type { Distribution } from '../data/distribution.js';
import type { GroupGeometry, RangeChartGeometry, RowGeometry } from '../layout/range-chart-geometry.js';
import type { SortOrder } from '../layout/row-order.js';
import { agreementMark } from '../marks/agreement-mark.js';
import { axisMark } from '../marks/axis-mark.js';
import { fadeDefinitions } from '../marks/interval-mark.js';
import { intervalKeyMark } from '../marks/interval-key-mark.js';
import { round } from '../marks/round.js';
import { textLines } from '../marks/text-line.js';
import { rangeRowMarks } from '../marks/range-row-marks.js';
import { howToRead } from '../format/how-to-read.js';
import { rangeReadingClauses } from '../layout/reading-clauses.js';
import { EstimateChartElement, type PlotView } from './estimate-chart-element.js';
import { closedDetailsBox, detailsBox, figureDetails, figureDetailsText } from './details-box.js';
import { chartStyles } from './chart.styles.js';
import { noScriptStyles } from './no-script.styles.js';
import { dataTableStyles } from './data-table.styles.js';
import { estimateRangeStyles } from './estimate-range.styles.js';
import { rowKeyAction } from './row-keys.js';

/**
 * Rows are drawn in blocks. A block is rendered again only when its rows, or which of them is active,
 * change: hovering one row of thousands touches one block.
 */
const BLOCK_ROWS = 100;

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
 * @csspart row - One row's hit area, which takes focus: a source's or category's figure.
 * @csspart label - A row's label text.
 * @csspart meta - A row's source and date.
 * @csspart interval - A range bar.
 * @csspart vague - A state added to a vague figure's bar (`interval vague`).
 * @csspart value - The mark of a central or single value.
 * @csspart value-label - The figure written beside its bar.
 * @csspart heading - A group's heading.
 * @csspart axis - A value axis with its gridlines and ticks.
 * @csspart axis-title - The unit under an axis.
 * @csspart agreement - The band where all sources agree, with its label.
 * @csspart key - The key of interval levels.
 *
 * @cssprop [--estimate-range-interval-color=#1d5a8e] - Range bars and the inner interval.
 * @cssprop [--estimate-range-value-color=#0a1f33] - Central and single value marks.
 */
export class EstimateRange extends EstimateChartElement {
  static override styles = [chartStyles, dataTableStyles, estimateRangeStyles, ...(isServer ? [noScriptStyles()] : [])];
  /**
   * Long charts are drawn progressively: 200 rows in the first frame, the rest 400 a task, so that
   * the page answers input while they draw; new figures or a new width redraw up to 1,000 drawn rows
   * at once (StagedDrawController; timings in docs/performance.md).
   */
  protected static override rowStages = { firstRows: 200, rowsPerTask: 400, keptRows: 1000 };

  /** Axes for groups: `auto` (own axes when magnitudes differ more than twentyfold), `shared` or `independent`. */
  @property({ reflect: true }) axes: AxesMode = 'auto';

  /** Row order within groups: `none` (as given), `value`, `low`, `high` or `label`. */
  @property({ reflect: true }) sort: SortOrder = 'none';

  /** The label of a row to highlight. */
  @property({ reflect: true }) highlight?: string;

  /** Shade the range where all sources of a group agree. */
  @property({ type: Boolean, reflect: true }) agreement = false;

  /**
   * Rows that share a label and group but not a date: `join` (default) draws them as one claim, its
   * latest figure with the earlier ones faint under it and said in words; `separate` draws a row each,
   * for charts whose rows are different claims.
   */
  @property({ reflect: true }) revisions: RevisionsMode = 'join';

  /**
   * How a figure that gives a probability (a centre and an interval at a stated level, such as
   * "3.2 (95% CI 2.1–4.3)" or nested 50 % and 95 % intervals) is drawn: `bars` (default), `gradient`
   * (shaded as dark as the value is likely there) or `dots` (20 dots, each a 1-in-20 chance). The
   * shape is assumed normal (two-piece when lopsided), and the chart says so. Other figures keep
   * their bars.
   */
  @property({ reflect: true }) display: DisplayMode = 'bars';

  @state() private activeIndex = 0;
  /**
   * Whether the next arrival in the chart (by Tab) should hear what the chart shows and how to move:
   * true until the reader moves within the chart, and again once focus has left it.
   */
  @state() private introPending = true;
  /** What the live region says: the details read out on Enter, "Details hidden.", the ends of the list. */
  @state() private announcement = '';

  private geometry?: RangeChartGeometry;
  /** Whether the last new layout kept the width: bars then glide to it (see the styles' `.moving`). */
  private moving = false;
  /** A row that End or an arrow chose before it was drawn: focused once it is (see `focusRow`). */
  private pendingFocus?: number;
  /** The row under the mouse: moving within it (over its label, bar and dot) is not entering it again. */
  private hovered?: number;

  constructor() {
    super();
    // On the host: Chromium makes an SVG element with a focus listener a tab stop of its own.
    this.addEventListener('focusin', this.onRowFocus);
    this.addEventListener('focusout', this.onFocusOut);
  }

  /**
   * The figures in plain words, generated in the chart's language: what is estimated, by how many
   * sources, the lowest and highest and who gave them, where they agree, and when. It describes the
   * chart to screen readers and is shown with the data table.
   */
  override get summary(): string {
    const figures = this.drawnFigures;
    const display = this.display;
    return this.memo.get('summary', [figures, this.resolvedLocale, this.unit, display], () =>
      summarizeFigures(figures, { locale: this.resolvedLocale, unit: this.unit, display }),
    );
  }

  protected override get drawnFigures(): Figure[] {
    const figures = this.input.figures;
    if (this.revisions === 'separate') return figures;
    return this.memo.get('revisions', [figures], () => joinRevisions(figures));
  }

  /**
   * @internal Each figure's distribution in the data table: the one its row draws, looked up in the
   * layout rather than fitted again on every render.
   */
  protected override tableDistribution(figure: Figure): Distribution | undefined {
    const g = this.geometry;
    if (this.display === 'bars' || !g) return undefined;
    return this.memo.get('fits', [g], () => new Map(g.rows.map((r) => [r.figure, r.distribution?.fit]))).get(figure);
  }

  protected override figuresChanged(): void {
    if (this.activeIndex >= this.drawnFigures.length) this.activeIndex = 0;
  }

  /** @internal The range chart's own attributes, for its image downloads. */
  override imageOptions() {
    const { axes, sort, highlight, agreement, revisions, display } = this;
    return { axes, sort, highlight, agreement, revisions, display };
  }

  protected override renderPlot(width: number, m: Messages): PlotView | undefined {
    const { axes, sort, highlight, agreement, display } = this;
    const geometry = this.memo.get(
      'layout',
      [...this.layoutDeps(width), axes, sort, highlight, agreement, display],
      () => layoutRangeChart({ ...this.layoutInputs(width), axes, sort, highlight, agreement, display }),
    );
    if (geometry !== this.geometry) {
      this.staged.restartRows(geometry.rows.length);
      // Bars glide to a new layout at the same width (new figures, sort, axes); when the width
      // changes they move with the labels and axis, at once.
      this.moving = this.geometry?.width === geometry.width;
    }
    this.geometry = geometry;
    return {
      plot: this.renderChart(geometry, m),
      details: this.renderDetails(geometry, m),
      howToRead: howToRead(rangeReadingClauses(geometry), this.resolvedLocale),
    };
  }

  /**
   * Each figure's spoken name, made once per figure, locale and unit rather than on every render;
   * the lookup is made once per render (the locale is read from the page). In a chart of several
   * groups the name says its group too, so that each row is whole on its own ("… Russian casualties").
   */
  private spokenNames(g: RangeChartGeometry): (row: RowGeometry) => string {
    const locale = this.resolvedLocale;
    const unit = this.unit;
    const grouped = g.groups.length > 1;
    const names = this.memo.get(
      'speech',
      [this.drawnFigures, locale, unit, grouped, this.display],
      () => new Map<Figure, string>(),
    );
    return ({ figure, distribution }) => {
      let name = names.get(figure);
      if (name === undefined)
        names.set(
          figure,
          (name = speakFigure(figure, {
            locale,
            unit,
            group: grouped ? figure.group : undefined,
            distribution: distribution?.fit,
          })),
        );
      return name;
    };
  }

  /**
   * The plot is one listbox per group, named by the group, of options named in full. A listbox is a
   * widget to a screen reader's browse mode (Orca and NVDA switch to focus mode when an option takes
   * focus), so the arrow keys reach the chart after Tab with no mode to set; a list item is not, and
   * Orca kept the arrows for itself. Entering the next group's listbox says its name. The reasoning and
   * Orca's transcripts: docs/accessibility.md.
   * Headings, labels and marks are hidden from the tree: the options say it all once.
   */
  private renderChart(g: RangeChartGeometry, m: Messages): TemplateResult {
    const active = g.rows[this.activeIndex] ? this.activeIndex : 0;
    const speech = this.spokenNames(g);
    return html`<svg
        class=${this.moving ? 'plot moving' : 'plot'}
        role="none"
        width=${g.width}
        height=${g.height}
        viewBox=${`0 0 ${g.width} ${g.height}`}
        style=${styleProps({ width: `${g.width}px`, height: `${g.height}px` })}
        @keydown=${this.onKeyDown}
        @pointerleave=${this.onPointerLeave}
        @pointerover=${this.onRowPointer}
        @click=${this.onRowClick}
      >
        ${fadeDefinitions()}
        ${intervalKeyMark(g.key)}
        ${g.axes.map((axis) => axisMark(axis))}
        ${g.groups.map(
          (group) => svg`
          ${textLines(group.heading, 'heading', 'heading').map((t) => svg`<g aria-hidden="true">${t}</g>`)}
          ${textLines(group.source, 'meta', 'meta').map((t) => svg`<g aria-hidden="true">${t}</g>`)}
          <g aria-hidden="true">${agreementMark(group)}</g>
          <g role="listbox" aria-label=${group.name ?? this.unit ?? message(m, 'chartLabel')}>${this.renderBlocks(group, active, speech)}</g>`,
        )}
        ${textLines(g.footer, 'footer').map((t) => svg`<g aria-hidden="true">${t}</g>`)}
      </svg>
      <div class="visually-hidden" aria-live="polite">${this.announcement}</div>`;
  }

  /**
   * Said once, after the name of the row a reader arrives on by Tab: what the chart shows and how to
   * move. An attribute of the row rather than a reference to text elsewhere, which Chromium announced
   * a second time as a changed description when the row took focus.
   */
  private intro(group?: string): string {
    return this.introText(message(messagesFor(this.resolvedLocale), 'keyboardHelp'), group);
  }

  /**
   * A group's rows in blocks of `BLOCK_ROWS`, as far as the rows due so far (see `rowStages`): each
   * block its rows' options, then their marks. The marks depend on the layout alone, so that moving
   * focus or hovering re-renders only options.
   */
  private renderBlocks(group: GroupGeometry, active: number, speech: (row: RowGeometry) => string) {
    const blocks = [];
    const shown = this.detailsOpen ? this.activeIndex : -1;
    for (let start = 0; start < group.rows.length; start += BLOCK_ROWS) {
      const rows = group.rows.slice(start, start + BLOCK_ROWS);
      const first = rows[0].index;
      const last = rows[rows.length - 1].index;
      if (first >= this.staged.rowLimit) break;
      const within = (i: number) => (i >= first && i <= last ? i : -1);
      // Rows are keyed by figure: sorting or highlighting moves a row's option rather than redrawing it.
      blocks.push(
        guard([this.geometry, within(active), within(shown), this.introPending, this.staged.extrasReady], () =>
          repeat(
            rows,
            (row) => `${row.figure.row}|${row.figure.label}`,
            (row) => this.renderRow(row, row.index === active, row.index === shown, speech),
          ),
        ),
        guard([this.geometry, start], () => svg`<g class="marks" aria-hidden="true">${rangeRowMarks(rows)}</g>`),
      );
    }
    return blocks;
  }

  /**
   * One row's option: its hit area, which spans the chart as "100%" so that a resize leaves it
   * untouched, and takes focus and the pointer. Its marks are drawn with its block's (`rangeRowMarks`).
   */
  private renderRow(row: RowGeometry, isTabStop: boolean, isShown: boolean, speech: (row: RowGeometry) => string) {
    // The option holds no text: its name is the whole figure in words, and the drawn text
    // ("10,000–15,000") is not a visible label it would have to repeat (WCAG 2.5.3). (An ARIA role on
    // a <rect> itself is ignored by Chromium, which keeps it a graphics symbol.) Its parent is its
    // group's listbox, as ARIA requires.
    return svg`<g class=${isShown ? 'row active' : 'row'} part="row" role="option" tabindex=${isTabStop ? 0 : -1}
      aria-label=${speech(row)} aria-description=${isTabStop && this.introPending ? this.intro(row.figure.group) : nothing}
      data-row=${row.figure.row} data-index=${row.index}><rect class="hit" x="0" y=${round(row.top)} width="100%" height=${round(row.bottom - row.top)}></rect></g>`;
  }

  private renderDetails(g: RangeChartGeometry, m: Messages): TemplateResult {
    const row = g.rows[this.activeIndex];
    if (!this.detailsOpen || !row) return closedDetailsBox();
    const f = row.figure;
    // Below the row when it fits in the chart, else above it: never over the row it explains.
    const below = row.bottom + 4;
    const placeBelow = below + 90 < g.height || row.top < 100;
    const anchorX = row.mark?.x ?? ((row.strokes[0]?.x0 ?? 0) + (row.strokes[0]?.x1 ?? 0)) / 2;
    const left = Math.max(0, Math.min(anchorX - 140, g.width - 300));
    return detailsBox({
      label: f.label,
      placement: placeBelow ? { top: below, left } : { bottom: g.height - row.top + 4, left },
      m,
      onClose: this.closeDetails,
      content: figureDetails(f, this.resolvedLocale, m, row.distribution?.fit),
    });
  }

  /** Makes a row the active one and shows its details (a hover, a tap). */
  private activate(index: number): void {
    this.activeIndex = index;
    this.detailsOpen = true;
  }

  /**
   * Says `text` in the live region. The same words twice (Down on the last row, again) are still
   * a change, so that they are said again.
   */
  private announce(text: string): void {
    this.announcement = this.announcement === text ? `${text}\u00a0` : text;
  }

  private onPointerLeave = (e: PointerEvent) => {
    this.hovered = undefined;
    if (e.pointerType === 'mouse' && !this.shadowRoot?.activeElement) this.detailsOpen = false;
  };

  /** The index of the row an event happened in, through one listener on the chart rather than three on each row. */
  private rowIndexOf(e: Event): number | undefined {
    const row = (e.composedPath()[0] as Element).closest?.('.row');
    const index = Number(row?.getAttribute('data-index'));
    return row && Number.isInteger(index) ? index : undefined;
  }

  /**
   * Focus makes a row active, and opens no details: the box would be read as page content by a
   * screen reader's browse mode, which moves focus to each row it reads. Enter opens them.
   */
  private onRowFocus = (e: FocusEvent) => {
    const index = this.rowIndexOf(e);
    if (index !== undefined) this.activeIndex = index;
  };

  /** Focus left the chart: the next arrival hears the intro again. */
  private onFocusOut = (e: FocusEvent) => {
    const next = e.relatedTarget as Node | null;
    if (next && (next === this || this.contains(next))) return;
    this.introPending = true;
    this.announcement = '';
  };

  private onRowPointer = (e: PointerEvent) => {
    const index = this.rowIndexOf(e);
    if (index === this.hovered) return;
    this.hovered = index;
    if (index !== undefined && e.pointerType === 'mouse') this.activate(index);
  };

  private onRowClick = (e: MouseEvent) => {
    const index = this.rowIndexOf(e);
    if (index === undefined) return;
    // A tap on the open row closes its details; on another row, opens that one.
    if (this.detailsOpen && this.activeIndex === index) this.detailsOpen = false;
    else this.activate(index);
  };

  private closeDetails = () => {
    this.focusRow(this.activeIndex);
    this.detailsOpen = false;
  };

  private onKeyDown = (e: KeyboardEvent) => {
    const action = rowKeyAction(e.key, this.activeIndex, this.geometry?.rows.length ?? 0);
    if (!action) return;
    const m = messagesFor(this.resolvedLocale);
    if (action.kind === 'close') {
      if (this.detailsOpen) this.announce(message(m, 'detailsHidden'));
      this.detailsOpen = false;
      return;
    }
    e.preventDefault();
    if (action.kind === 'details') {
      const figure = this.geometry?.rows[this.activeIndex]?.figure;
      this.detailsOpen = true;
      const fit = this.geometry?.rows[this.activeIndex]?.distribution?.fit;
      if (figure) this.announce(figureDetailsText(figure, this.resolvedLocale, m, fit));
    } else if (action.edge) {
      this.announce(message(m, action.edge === 'last' ? 'lastFigure' : 'firstFigure'));
    } else {
      // The focused option's name is the announcement; the intro was for the arrival only.
      this.focusRow(action.index);
      this.activeIndex = action.index;
      this.introPending = false;
      this.announcement = '';
    }
  };

  /**
   * Focuses a row now, before the state change re-renders the chart, so that focus() (which lays out
   * to scroll the row into view, as the browser's own Tab does) meets the layout of the last frame
   * rather than forcing one of the new render. A row not drawn yet (the end of a long chart) is
   * focused in the update that draws it (`updated`), not after `updateComplete`, which a test or an
   * app awaiting the same promise could see first.
   */
  private focusRow(index: number): void {
    const option = this.renderRoot.querySelector<SVGGElement>(`.row[data-index="${index}"]`);
    this.pendingFocus = option ? undefined : index;
    option?.focus();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.pendingFocus !== undefined) this.focusRow(this.pendingFocus);
  }
}
