/**
 * `estimate-range/hydrate.js`: both elements, for pages whose charts were rendered on the server
 * (`estimate-range/ssr`): each chart takes over the DOM the server wrote (with `@lit-labs/ssr-client`'s
 * `hydrate`) instead of drawing it again. The support is installed before the elements are defined,
 * so that the charts already in the page find it when they upgrade.
 */
import './components/server-render-support.js';
export * from './index.js';
