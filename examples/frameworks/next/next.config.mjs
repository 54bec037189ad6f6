import { fileURLToPath } from 'node:url';

// The examples share ../figures.json: the project's root for Next is the examples' folder.
const root = fileURLToPath(new URL('..', import.meta.url));

/** @type {import('next').NextConfig} */
export default {
  // The tests serve the app under /examples/next/ beside their own pages (scripts/ssr-render-plugin.mjs).
  basePath: '/examples/next',
  turbopack: { root },
  outputFileTracingRoot: root,
};
