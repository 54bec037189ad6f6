/**
 * The `<estimate-timeline>` element, registered. Importing this module defines the tag (once,
 * however many copies of the script a page loads).
 */
import { EstimateTimeline } from './components/estimate-timeline.js';

// Registration stays in this file, listed in package.json "sideEffects" (see estimate-range.ts).
if (typeof customElements !== 'undefined' && !customElements.get('estimate-timeline')) {
  customElements.define('estimate-timeline', EstimateTimeline);
}

export { EstimateTimeline };

declare global {
  interface HTMLElementTagNameMap {
    'estimate-timeline': EstimateTimeline;
  }
}
