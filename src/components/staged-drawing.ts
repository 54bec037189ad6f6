import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';

type StagedHost = ReactiveControllerHost & HTMLElement & { readonly hasUpdated: boolean };

/**
 * How a long chart's rows are drawn: the first `firstRows` at once, then `rowsPerTask` a task; a new
 * layout redraws at once the rows on screen, up to `keptRows`.
 */
export interface RowStages {
  firstRows: number;
  rowsPerTask: number;
  keptRows: number;
}

/**
 * When a chart is done, in one place. A chart is drawn in stages, so that the first frame costs only
 * what the reader sees:
 * 1. the first frame: the plot (and, for a long chart, its first rows);
 * 2. in the task after that frame, the hidden summary and the data table's rows: both are hidden
 *    until asked for (screen readers reach them through the figure's description and the table), and
 *    they were a third of a ten-row chart's first render;
 * 3. the rest of a long chart's rows, `rowsPerTask` a task, so that the page answers input while
 *    they draw (each task lays out the whole SVG again: docs/performance.md).
 * `settled()` resolves when the last stage is drawn; a page being printed gets every row at once.
 */
export class StagedDrawController implements ReactiveController {
  /** Whether the summary and the table's rows are written (stage 2); a server writes everything at once. */
  extrasReady = isServer;
  /** How many rows may be drawn now; Infinity once all may. */
  rowLimit = Infinity;

  private readonly host: StagedHost;
  private readonly hasFigures: () => boolean;
  private readonly stages?: RowStages;
  private rowCount = 0;
  /** Draw the next layout whole, in one render: a server's, or the first over a server's DOM. */
  private whole = isServer;
  private extrasTimer?: ReturnType<typeof setTimeout>;
  private rowTimer?: ReturnType<typeof setTimeout>;

  /**
   * @param hasFigures whether there is anything to draw (no summary or table is due without figures)
   * @param stages how rows are drawn progressively; without it, a chart draws whole in stage 1
   */
  constructor(host: StagedHost, hasFigures: () => boolean, stages?: RowStages) {
    this.host = host;
    this.hasFigures = hasFigures;
    this.stages = stages;
    host.addController(this);
  }

  /**
   * A new layout of `rows` rows (new figures, a new width): the rows already on screen are redrawn at
   * once, up to `stages.keptRows`, since updating a drawn row in place costs less than drawing it anew
   * (docs/performance-notes.md), and a row that vanished to come back a task later would flicker; the
   * rest come in stages.
   */
  restartRows(rows: number): void {
    const onScreen = Math.min(this.rowLimit, this.rowCount);
    this.rowCount = rows;
    if (this.whole || !this.stages) {
      this.rowLimit = Infinity;
      return;
    }
    const now = Math.max(this.stages.firstRows, Math.min(onScreen, this.stages.keptRows));
    this.rowLimit = rows > now ? now : Infinity;
  }

  /**
   * The first render takes over a chart the server drew whole: it must write the same (every row,
   * the summary, the table) for the page's DOM to be kept as it is.
   */
  drawWhole(): void {
    if (this.host.hasUpdated) return;
    this.whole = true;
    this.extrasReady = true;
  }

  /** Whether rows are still to come (stage 3). */
  get rowsPending(): boolean {
    return this.rowLimit < this.rowCount;
  }

  /** Whether drawing continues in later tasks. */
  get stillDrawing(): boolean {
    return (!this.extrasReady && this.hasFigures()) || this.rowsPending;
  }

  /**
   * How many of the table's rows to write now, up to `max`: none before stage 2; in a long chart,
   * as many as the rows drawn past the first frame's (its 500 rows would cost as much as the rows on
   * screen), all once the last row is drawn.
   */
  tableRows(max: number): number {
    if (!this.extrasReady) return 0;
    if (!this.stages || !this.rowsPending) return max;
    return Math.min(max, Math.max(0, this.rowLimit - this.stages.firstRows));
  }

  /** Resolves once every stage is drawn; `update` is the host's own update promise. */
  async settled(update: () => Promise<boolean>): Promise<boolean> {
    let complete = await update();
    while (this.host.isConnected && this.stillDrawing) {
      await new Promise((resolve) => setTimeout(resolve));
      complete = (await update()) && complete;
    }
    return complete;
  }

  hostConnected(): void {
    // A chart moved to another container before it was drawn whole carries on.
    if (this.host.hasUpdated && this.stillDrawing) this.host.requestUpdate();
    addEventListener('beforeprint', this.drawAll);
  }

  hostDisconnected(): void {
    clearTimeout(this.extrasTimer);
    clearTimeout(this.rowTimer);
    this.extrasTimer = this.rowTimer = undefined;
    removeEventListener('beforeprint', this.drawAll);
  }

  hostUpdated(): void {
    this.whole = false;
    if (!this.extrasReady && this.hasFigures() && !this.extrasTimer) {
      // After the frame that shows the chart, or in 100 ms where frames are not being drawn (a
      // background tab), so that `settled()` always resolves.
      const ready = () => {
        if (this.extrasReady || !this.extrasTimer) return;
        clearTimeout(this.extrasTimer);
        this.extrasTimer = undefined;
        this.extrasReady = true;
        this.host.requestUpdate();
      };
      this.extrasTimer = setTimeout(ready, 100);
      requestAnimationFrame(() => setTimeout(ready));
    }
    if (this.rowsPending) this.rowTimer ??= setTimeout(this.drawMore);
  }

  private drawMore = () => {
    this.rowTimer = undefined;
    this.rowLimit += this.stages?.rowsPerTask ?? Infinity;
    this.host.requestUpdate();
  };

  /** A page being printed gets every row now. */
  private drawAll = () => {
    if (!this.rowsPending) return;
    this.rowLimit = Infinity;
    this.host.requestUpdate();
    (this.host as unknown as { performUpdate(): void }).performUpdate();
  };
}
