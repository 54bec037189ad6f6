// Screenshot baselines are pixels from one browser build and one set of fonts: CI's (Debian's
// Chromium with the fonts .ci/run installs). Anywhere else they would fail on a glyph rather than on
// a chart, so they are compared only where both match what the baselines were made with, and
// reported as skipped, with the reason, elsewhere. `UPDATE_SCREENSHOTS=1` records the environment
// beside the new baselines.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const RECORD = new URL('../screenshots/environment.json', import.meta.url);

/**
 * The characters the stories draw, one of each kind: Latin, Cyrillic, Greek, the subscript in "CO₂",
 * the true minus, arrows, the en dash, curly quotes, degrees, plus-minus and times. Chromium picks a
 * font for each from the page's family through fontconfig, falling back per character.
 */
const SAMPLE = 'Aа\u03c3\u2082\u2212\u2190\u2013\u201c\u00b0\u00b1\u00d7';
/** The families the test pages ask for (web-test-runner.config.mjs) and the generic fallback. */
const FAMILIES = ['Liberation Sans', 'sans-serif'];

/**
 * The font files that would draw the stories' text, with a short hash: for each family, weight and
 * sample character, the file fontconfig chooses. Fonts installed for other things (a screen reader's, a
 * PDF tool's) change nothing the screenshots show, so they do not count. Undefined without fontconfig.
 */
export function fontsFingerprint() {
  const files = new Set();
  for (const family of FAMILIES) {
    for (const weight of ['regular', 'bold']) {
      for (const char of SAMPLE) {
        const pattern = `${family}:${weight}:charset=${char.codePointAt(0).toString(16)}`;
        const result = spawnSync('fc-match', ['--format', '%{file}', pattern], { encoding: 'utf8' });
        if (result.status !== 0) return undefined;
        files.add(result.stdout.trim());
      }
    }
  }
  const sorted = [...files].sort();
  return `${sorted.map((f) => f.split('/').pop()).join(', ')} (${createHash('sha256').update(sorted.join('\n')).digest('hex').slice(0, 8)})`;
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
