/**
 * `estimate-range/hydrate.js`: both elements, for pages whose charts were rendered on the server
 * (`estimate-range/ssr`). Lit's hydration support is loaded before Lit itself, as it must be, so that
 * each chart takes over the DOM the server wrote instead of drawing it again.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import './components/server-render-support.js';
export * from './index.js';
