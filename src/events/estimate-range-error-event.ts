/**
 * `estimate-range-error`: the problems found in a chart's input changed. Fired by both elements
 * whenever their list of problems changes (including when it becomes empty after a fix), so that a
 * CMS preview can show an editor what to correct. It bubbles and crosses shadow roots.
 */
import type { FigureIssue } from '../data/figure-issue.js';

export interface EstimateRangeErrorDetail {
  /** Every problem, errors and warnings, in row order. */
  issues: readonly FigureIssue[];
  /** @deprecated The same list as `issues`, under its 0.1 name; it includes warnings too. */
  errors: readonly FigureIssue[];
}

export class EstimateRangeErrorEvent extends Event {
  static readonly eventName = 'estimate-range-error';
  readonly detail: EstimateRangeErrorDetail;

  constructor(issues: readonly FigureIssue[]) {
    super(EstimateRangeErrorEvent.eventName, { bubbles: true, composed: true });
    this.detail = { issues, errors: issues };
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'estimate-range-error': EstimateRangeErrorEvent;
  }
}
