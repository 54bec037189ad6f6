/**
 * The entry of dist/estimate-range.min.js, the single file a news page loads with
 * `<script type="module" src="…">`: it registers every element and exports the public API
 * (e.g. `parseEstimate`) for pages that want it.
 */
export * from './index.js';
