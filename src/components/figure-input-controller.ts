/**
 * Every way figures get into an element, in one place: the `estimates` property, a `src` URL (JSON
 * or CSV), an inline `<script type="application/json">` or `<script type="text/csv">` child, or an
 * inline `<table>` child, and
 * changes to any of them afterwards. The first of these that is present wins, in that order.
 *
 * It ends in one result: the figures to draw and the problems found. A failed `src` after a good
 * one keeps the good figures and adds the failure, so a live chart is never blanked by one bad
 * refresh.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Figure } from '../data/figure.js';
import type { FigureIssue } from '../data/figure-issue.js';
import type { LoadedRecords } from '../data/load-src.js';
import { readJson } from '../data/read-json.js';
import { readCsv } from '../data/read-csv.js';
import { readTable } from './read-table.js';
import { EstimatesAttribute, readEstimatesAttribute } from './estimates-attribute.js';
import { validateEstimates } from '../data/validate-estimates.js';

/** Figures written inline as text: a `<script type="application/json">` or `<script type="text/csv">` child. */
export interface InlineFigures {
  type: 'json' | 'csv';
  text: string;
}

export interface FigureInputHost extends ReactiveControllerHost, HTMLElement {
  estimates?: unknown;
  /**
   * On a server, which sees no children: the inline figures the page carries for the browser
   * (estimate-range/ssr's renderChart sets both), read the same way, row numbers and problems included.
   */
  serverInput?: InlineFigures;
  src?: string;
  /** The resolved locale for reading numbers. */
  readonly resolvedLocale: string;
  /** How the numbers are written, when the author said so (`number-locale`). */
  numberLocale?: string;
  /** What kind of interval a figure's range is when it does not say (`interval`). */
  interval?: string;
  /** How long a `src` may take, in ms. */
  readonly srcTimeout: number;
}

/** What a kind of chart requires of each row, beyond the figures contract. */
export interface InputRules {
  /** Rows may come without a label (a timeline's own series points). */
  labelOptional?: boolean;
  /** Every row needs a date. */
  dateRequired?: boolean;
}

/**
 * Reads a chart's figures from wherever they are given (see the module comment), checks them, and
 * keeps the result; the host re-renders through `onChange`.
 */
export class FigureInputController implements ReactiveController {
  /** The figures to draw: every row that passed validation, in the order given. */
  figures: Figure[] = [];
  /** Every problem found reading and checking the input: errors (rows left out) and warnings. */
  issues: FigureIssue[] = [];
  /** Events given with the data (JSON "annotations"), unchecked: the timeline reads them. */
  annotations: unknown[] = [];
  /** A `src` request is in flight. */
  loading = false;

  private readonly host: FigureInputHost;
  private observer?: MutationObserver;
  private request?: AbortController;
  private loadedSrc?: string;
  private lastRecords?: { records: unknown; rowNumbers?: number[]; issues: FigureIssue[] };
  private readonly onChange: () => void;
  private readonly rules: InputRules;

  /**
   * @param onChange called after the figures or problems change
   * @param rules what this kind of chart requires of a row (a timeline's series points need no label, and every point a date)
   */
  constructor(host: FigureInputHost, onChange: () => void, rules: InputRules = {}) {
    this.host = host;
    this.onChange = onChange;
    this.rules = rules;
    host.addController(this);
  }

  hostConnected(): void {
    this.observer = new MutationObserver((records) => {
      // Data children are read again; any other change (a slotted title or note) only re-renders.
      if (records.some((r) => this.touchesData(r))) this.readChildren();
      else this.host.requestUpdate();
    });
    this.observer.observe(this.host, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['type', 'slot'],
    });
    this.refresh(false);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
    this.request?.abort();
    this.request = undefined;
    // Reconnecting (a chart moved to another container) must load again.
    this.loadedSrc = undefined;
  }

  /** Re-reads the current input; with `force`, fetches `src` again even if it has not changed. */
  refresh(force: boolean): void {
    const host = this.host;
    if (host.estimates !== undefined && host.estimates !== null) {
      this.request?.abort();
      this.loadedSrc = undefined;
      this.setRecords(
        host.estimates instanceof EstimatesAttribute
          ? readEstimatesAttribute(host.estimates)
          : { records: host.estimates, issues: [] },
      );
      return;
    }
    // A server reads the `estimates` property or attribute only: it sees no children, and its
    // render cannot wait for a `src` (estimate-range/ssr's renderChart fetches one first).
    if (isServer) return this.setRecords(host.serverInput ? readInline(host.serverInput) : { records: [], issues: [] });
    if (host.src) {
      if (force || host.src !== this.loadedSrc) this.fetch(host.src);
      return;
    }
    this.request?.abort();
    this.loadedSrc = undefined;
    this.readChildren();
  }

  /** The rows as read, before they were checked (what the chart's image downloads are drawn from). */
  get records(): readonly unknown[] {
    const records = this.lastRecords?.records;
    return Array.isArray(records) ? records : [];
  }

  /** Validates again with the current locale (numbers written as text depend on it). */
  revalidate(): void {
    if (this.lastRecords) this.apply(this.lastRecords);
  }

  private touchesData(record: MutationRecord): boolean {
    if (this.host.estimates !== undefined && this.host.estimates !== null) return false;
    if (this.host.src) return false;
    let node: Node | null = record.target;
    if (node === this.host) {
      const nodes = [...Array.from(record.addedNodes), ...Array.from(record.removedNodes)];
      return nodes.some((n) => n instanceof Element && (n.matches('table') || n.matches('script')));
    }
    while (node && node.parentNode !== this.host) node = node.parentNode;
    return (
      node instanceof Element &&
      (node.matches('table') ||
        node.matches('script[type="application/json"]') ||
        node.matches('script[type="text/csv"]'))
    );
  }

  private readChildren(): void {
    const script = this.host.querySelector(
      ':scope > script[type="application/json"], :scope > script[type="text/csv"]',
    );
    if (script) {
      const type = script.getAttribute('type') === 'text/csv' ? 'csv' : 'json';
      this.setRecords(readInline({ type, text: script.textContent ?? '' }));
      return;
    }
    const table = this.host.querySelector(':scope > table');
    if (table instanceof HTMLTableElement) {
      this.setRecords(readTable(table));
      return;
    }
    this.setRecords({ records: [], issues: [] });
  }

  private fetch(src: string): void {
    this.request?.abort();
    const request = new AbortController();
    this.request = request;
    this.loadedSrc = src;
    this.loading = true;
    this.onChange();
    let resolved: string;
    try {
      resolved = new URL(src, this.host.ownerDocument.baseURI).href;
    } catch {
      resolved = src;
    }
    // The loader comes with the first chart that has a `src`: a page of inline figures never fetches it.
    import('../data/load-src.js')
      .then(({ loadSrc }) => loadSrc(resolved, request.signal, src, this.host.srcTimeout))
      .catch((e: unknown): LoadedRecords => ({
        records: [],
        issues: [{ severity: 'error', code: 'src-failed', field: 'src', message: String(e) }],
      }))
      .then((loaded) => {
        if (loaded.aborted || this.request !== request) return;
        this.loading = false;
        const failed = loaded.records.length === 0 && loaded.issues.some((i) => i.severity === 'error');
        if (failed && this.figures.length > 0 && this.lastRecords) {
          // Keep the last good chart and say that the update failed.
          this.issues = [
            ...loaded.issues.map((i) => ({
              ...i,
              message: `${i.message}; the figures shown are from the last successful load`,
            })),
            ...this.issues.filter((i) => i.field !== 'src'),
          ];
          this.onChange();
          return;
        }
        this.setRecords(loaded);
      });
  }

  private setRecords(input: {
    records: unknown;
    rowNumbers?: number[];
    issues: FigureIssue[];
    annotations?: unknown[];
  }): void {
    this.lastRecords = input;
    this.annotations = input.annotations ?? [];
    this.apply(input);
  }

  private apply(input: { records: unknown; rowNumbers?: number[]; issues: FigureIssue[] }): void {
    let result: ReturnType<typeof validateEstimates>;
    try {
      result = validateEstimates(input.records, {
        locale: this.host.numberLocale || this.host.resolvedLocale,
        trustLocale: Boolean(this.host.numberLocale),
        interval: this.host.interval,
        rowNumbers: input.rowNumbers,
        labelOptional: this.rules.labelOptional,
        dateRequired: this.rules.dateRequired,
      });
    } catch (e) {
      // Validation is written not to throw; if it ever does, the page still must not see it.
      result = {
        figures: [],
        issues: [
          {
            severity: 'error',
            code: 'internal',
            message: `The figures could not be read (${e instanceof Error ? e.message : String(e)})`,
          },
        ],
      };
    }
    this.figures = result.figures;
    this.issues = [...input.issues, ...result.issues].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
    this.onChange();
  }
}

function readInline(given: InlineFigures) {
  return given.type === 'csv' ? readCsv(given.text) : readJson(given.text);
}
