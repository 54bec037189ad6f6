/**
 * How long a `src` may take before the chart gives up and says so, in ms. A module of its own, so
 * that the element can name it without loading the loader (load-src.ts), which it loads only when a
 * chart has a `src`.
 */
export const SRC_TIMEOUT_MS = 15_000;
