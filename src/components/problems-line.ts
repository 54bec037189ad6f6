import { html, nothing, type TemplateResult } from 'lit';
import { countIssues, describeIssue, type FigureIssue } from '../data/figure-issue.js';
import { message, type Messages } from '../format/messages.js';

/** Issues listed under the chart; the rest are counted ("… 4 more."), and all are in `chart.issues`. */
const ISSUES_LISTED = 6;

/**
 * The line under a chart saying which figures could not be shown and why: a headline ("4 figures
 * could not be shown.", or the number of warnings when every row was drawn) and the first issues,
 * each with its row, field and reason. A polite status, so that a screen reader hears it change.
 */
export function problemsLine(issues: readonly FigureIssue[], m: Messages): TemplateResult | typeof nothing {
  if (!issues.length) return nothing;
  const headline = issueHeadline(issues, m);
  const shown = issues.slice(0, ISSUES_LISTED);
  return html`<div class="problems" part="problems" role="status">
      ${headline ? html`<span>${headline}</span>` : nothing}
      <ul>
        ${shown.map((issue) => html`<li>${describeIssue(issue)}</li>`)}
        ${issues.length > shown.length ? html`<li>… ${issues.length - shown.length} more.</li>` : nothing}
      </ul>
    </div>`;
}

/** "4 figures could not be shown." / "1 figure could not be shown." / "2 warnings." / "" (a whole-input error says itself). */
export function issueHeadline(issues: readonly FigureIssue[], m: Messages): string {
  const { rowsLeftOut, wholeInput, warnings } = countIssues(issues);
  if (rowsLeftOut === 1) return message(m, 'notShownOne');
  if (rowsLeftOut > 1) return message(m, 'notShown', { count: rowsLeftOut });
  if (wholeInput || !warnings) return '';
  return warnings === 1 ? message(m, 'warningsOne') : message(m, 'warnings', { count: warnings });
}

/** What stands in for the plot while there is nothing to draw: "Loading the figures…", or "No figures to show." */
export function chartStatus(loading: boolean, figures: number, m: Messages): TemplateResult | typeof nothing {
  if (loading) return html`<p class="status" role="status">${message(m, 'loading')}</p>`;
  if (figures === 0) return html`<p class="status">${message(m, 'empty')}</p>`;
  return nothing;
}
