/**
 * The `<estimate-range>` element, registered. Importing this module defines the tag (once, however
 * many copies of the script a page loads: a CMS may add the embed script once per chart).
 */
import { EstimateRange } from './components/estimate-range.js';

// Registration stays in this file, listed in package.json "sideEffects". A helper imported from a
// side-effect-free module was dropped by rollup's tree-shaking, call and all.
if (typeof customElements !== 'undefined' && !customElements.get('estimate-range')) {
  customElements.define('estimate-range', EstimateRange);
}

export { EstimateRange };

declare global {
  interface HTMLElementTagNameMap {
    'estimate-range': EstimateRange;
  }
}
