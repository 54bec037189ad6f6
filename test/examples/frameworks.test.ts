/**
 * The framework examples (examples/frameworks), built by `npm run test:frameworks` from the packed
 * library and loaded here as a reader loads them. In every app the chart draws both seed rows, its
 * figures arrived as a property (not as the attribute "[object Object]"), its one attribute took effect,
 * and the broken third row's message reached the app through the framework's own event binding.
 *
 * Not part of `npm test`: the apps need their own installs (scripts/test-frameworks.mjs).
 */
import { expect } from '@esm-bundle/chai';
import { chartReady, closeFrames, openFrame } from '../helpers/frame.js';
import { labelOf, rows } from '../helpers/chart.js';
import { until } from '../helpers/until.js';
import type { EstimateRange } from '../../src/estimate-range.js';

const URLS: Record<string, string> = {
  vanilla: '/examples/frameworks/vanilla/dist/index.html',
  react19: '/examples/frameworks/react19/dist/index.html',
  react18: '/examples/frameworks/react18/dist/index.html',
  vue: '/examples/frameworks/vue/dist/index.html',
  svelte: '/examples/frameworks/svelte/dist/index.html',
  // Served by `next start` (examples/frameworks/next/serve.mjs) under its basePath.
  next: '/examples/next/',
};
// scripts/test-frameworks.mjs may build only some of the apps (its arguments), and says which.
const APPS = (window as { __FRAMEWORK_APPS__?: string }).__FRAMEWORK_APPS__?.split(',') ?? Object.keys(URLS);
const PROBLEM = 'Row 3, low: “many” is not a number.';

/** The app's chart, once the framework has rendered it and it has drawn. */
async function appChart(frame: HTMLIFrameElement): Promise<EstimateRange> {
  await until(
    () => frame.contentDocument?.querySelector('estimate-range') != null,
    'the app to render its chart',
    10000,
  );
  return (await chartReady(frame, 'estimate-range')) as EstimateRange;
}

for (const app of APPS) {
  describe(`examples/frameworks/${app}`, function () {
    this.timeout(30000);
    afterEach(closeFrames);

    it('draws both seed rows from figures set as a property, with its attribute applied', async () => {
      const frame = await openFrame(URLS[app], { width: 640 });
      const chart = await appChart(frame);
      await until(() => rows(chart).length > 0, 'rows to be drawn', 10000);
      expect(rows(chart).map(labelOf)).to.deep.equal(['Ukrainian authorities', 'A NATO source']);
      expect(chart.getAttribute('estimates'), 'estimates is never written as an attribute').to.equal(null);
      expect(chart.estimates?.length).to.equal(3);
      expect(chart.agreement, 'the agreement attribute').to.equal(true);
      expect(chart.shadowRoot!.querySelector('.agreement'), 'the agreement band is drawn').to.not.equal(null);
    });

    it("hears the broken row's problem through the framework's event binding", async () => {
      const frame = await openFrame(URLS[app], { width: 640 });
      const problems = () => frame.contentDocument?.querySelector('#problems')?.textContent ?? '';
      await until(() => problems() !== '', 'the app to show the problem it heard', 10000);
      expect(problems()).to.equal(PROBLEM);
      const chart = await appChart(frame);
      expect(chart.issues.length).to.equal(1);
    });
  });
}

describe('examples/frameworks/next on the server', function () {
  this.timeout(30000);
  if (!APPS.includes('next')) return;

  it('sends the chart and its title in the first HTML, to be hydrated', async () => {
    const html = await (await fetch(URLS.next)).text();
    expect(html).to.match(
      /<estimate-range[^>]*><span slot="title">How many Russian troops had been killed\?<\/span><\/estimate-range>/,
    );
  });
});
