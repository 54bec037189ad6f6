/** Waiting in tests, and which browser they run in. */

/**
 * Resolves once `check()` is true; fails the test, naming `what`, if it is not within `ms`. Never
 * gives up silently: an assertion after a wait that timed out would pass on a chart that never drew.
 */
export async function until(check: () => boolean, what: string, ms = 3000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > ms) throw new Error(`Timed out after ${ms} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Whether the tests run in Chromium (web-test-runner.config.mjs sets the name), for Chromium-only checks. */
export function isChromium(): boolean {
  return (window as unknown as { __WTR_BROWSER__?: string }).__WTR_BROWSER__ === 'chromium';
}
