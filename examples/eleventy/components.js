// The module @lit-labs/eleventy-plugin-lit loads to render the charts: both elements, with the
// server side of estimate-range (text measured in Source Sans 3, the record hydration reads).
import 'estimate-range/ssr';
