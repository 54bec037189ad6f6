/**
 * The `<estimate-range>` element, registered. Importing this module defines the tag (once, however
 * many copies of the script a page loads).
 */
import { EstimateRange } from './components/estimate-range.js';
import { defineElement } from './components/define-element.js';

defineElement('estimate-range', EstimateRange);

export { EstimateRange };

declare global {
  interface HTMLElementTagNameMap {
    'estimate-range': EstimateRange;
  }
}
