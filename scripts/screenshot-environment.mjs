// Screenshot baselines are pixels from one browser build and one set of fonts: CI's (Debian's
// Chromium with the fonts .ci/run installs). Anywhere else they would fail on a glyph rather than on
// a chart, so they are compared only where both match what the baselines were made with, and
// reported as skipped, with the reason, elsewhere. `UPDATE_SCREENSHOTS=1` records the environment
// beside the new baselines.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const RECORD = new URL('../screenshots/environment.json', import.meta.url);

/** A short hash of the font files fontconfig offers, or undefined where there is no fontconfig. */
export function fontsFingerprint() {
  const result = spawnSync('fc-list', ['--format', '%{file}\n'], { encoding: 'utf8' });
  if (result.status !== 0 || !result.stdout) return undefined;
  const files = result.stdout.split('\n').filter(Boolean).sort();
  return `${files.length} files, ${createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 12)}`;
}

function recorded() {
  try {
    return JSON.parse(readFileSync(RECORD, 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * Whether this machine's screenshots can be compared with the baselines:
 * `{ compare: boolean, reason: string }`. `browser` is the version line of the browser under test.
 */
export function screenshotComparison(browser, { update = false } = {}) {
  const here = { browser, fonts: fontsFingerprint() ?? 'no fontconfig' };
  if (update) {
    writeFileSync(RECORD, `${JSON.stringify(here, null, 2)}\n`);
    return { compare: true, reason: `baselines written for ${here.browser}, fonts ${here.fonts}` };
  }
  const base = recorded();
  if (!base) return { compare: false, reason: 'screenshots/environment.json is missing' };
  if (base.browser !== here.browser) {
    return { compare: false, reason: `baselines are from ${base.browser}; this is ${here.browser}` };
  }
  if (base.fonts !== here.fonts) {
    return { compare: false, reason: `baselines were made with other fonts (${base.fonts}; here ${here.fonts})` };
  }
  return { compare: true, reason: `same browser and fonts as the baselines (${here.browser}, fonts ${here.fonts})` };
}
