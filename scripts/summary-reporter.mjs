// Adds a plain "wtr: N passed, N failed" line after web-test-runner's own summary, whose closing
// line shares a line with a progress bar. Written from an exit handler with writeSync: output from
// stop() comes out before wtr's final progress lines, or not at all.
import { writeSync } from 'node:fs';

/** `skipped`: why tests were skipped wholesale (the screenshots, away from CI's browser), printed before the count. */
export function summaryReporter({ skipped: skippedReason } = {}) {
  return {
    stop({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const walk = (suite) => {
        for (const t of suite.tests) {
          if (t.skipped) skipped++;
          else if (t.passed) passed++;
          else failed++;
        }
        suite.suites.forEach(walk);
      };
      for (const session of sessions) {
        const before = failed;
        if (session.testResults) walk(session.testResults);
        // A file that failed to load has no test results: count it as a failure.
        if (session.passed === false && failed === before) failed++;
      }
      const why = skipped && skippedReason ? `\nSkipped: ${skippedReason}` : '';
      process.once('exit', () =>
        writeSync(1, `${why}\nwtr: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`),
      );
    },
  };
}
