import type { FigureIssue } from '../data/figure-issue.js';
import { EstimateRangeErrorEvent } from '../events/estimate-range-error-event.js';

/**
 * Fires `estimate-range-error` when a chart's problems change, and only then. The chart calls it after
 * each render (`updated`), not while it reads the figures: figures set before the element is inserted,
 * as every framework sets them, are read inside `connectedCallback`, before a listener added in the same
 * task (a ref, Vue's `onMounted`) exists; after the first render, that listener is there.
 */
export class IssueReporter {
  private last = '';

  constructor(private readonly host: HTMLElement) {}

  report(issues: readonly FigureIssue[]): void {
    const key = JSON.stringify(issues);
    if (key === this.last) return;
    const hadBefore = this.last !== '' && this.last !== '[]';
    this.last = key;
    if (issues.length > 0 || hadBefore) this.host.dispatchEvent(new EstimateRangeErrorEvent(issues));
  }
}
