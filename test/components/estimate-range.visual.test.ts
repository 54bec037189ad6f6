import { visualDiff } from '@web/test-runner-visual-regression';
import { storyEntries } from '../../stories/all-stories.js';
import { cleanup, mountStory } from '../helpers/chart.js';

afterEach(cleanup);

// Baselines are committed for CI's Chromium and fonts only (screenshots/Chrome/baseline, with
// screenshots/environment.json): pixels differ between engines, builds and fonts, and a baseline
// nobody has looked at would hide a broken chart. web-test-runner.config.mjs decides, and the run
// prints why they were skipped.
const screenshots = (window as unknown as { __SCREENSHOTS__?: { compare: boolean } }).__SCREENSHOTS__;

describe('screenshots of every story', () => {
  for (const width of [375, 960]) {
    for (const entry of storyEntries) {
      it(`${entry.id} at ${width} px looks as it did`, async function () {
        if (!screenshots?.compare) this.skip();
        // A screenshot and its comparison run outside the page, in the test runner's Node process,
        // and took longer than mocha's 10 s once on a loaded CI machine: the time is not the chart's.
        this.timeout(30000);
        const chart = await mountStory(entry.id, width);
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        await visualDiff(chart.parentElement!, `${entry.id}-${width}`);
      });
    }
  }
});
