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
import { cleanup, drawn, labelOf, mount, rows } from '../helpers/chart.js';
import { until } from '../helpers/until.js';
import type { EstimateRange } from '../../src/estimate-range.js';
import type { EstimateChartElement } from '../../src/components/estimate-chart-element.js';
import { storyEntries } from '../../stories/all-stories.js';

const URLS: Record<string, string> = {
  vanilla: '/examples/frameworks/vanilla/dist/index.html',
  react19: '/examples/frameworks/react19/dist/index.html',
  react18: '/examples/frameworks/react18/dist/index.html',
  vue: '/examples/frameworks/vue/dist/index.html',
  svelte: '/examples/frameworks/svelte/dist/index.html',
  // Served by `next start` (examples/frameworks/next/serve.mjs) under its basePath.
  next: '/examples/next/',
};
/** The apps that draw the seed figures; `storybook` draws the gallery's stories. */
const SEED_APPS = Object.keys(URLS);
// scripts/test-frameworks.mjs may build only some of the apps (its arguments), and says which.
const APPS = (window as { __FRAMEWORK_APPS__?: string }).__FRAMEWORK_APPS__?.split(',') ?? [
  ...Object.keys(URLS),
  'storybook',
];
const PROBLEM = 'Row 3, low: “many” is not a number.';

/** The app's chart, once the framework has rendered it and it has drawn. */
async function appChart<T extends HTMLElement = EstimateRange>(
  frame: HTMLIFrameElement,
  tag = 'estimate-range',
): Promise<T> {
  const page = frame.contentWindow?.location.href;
  await until(() => frame.contentDocument?.querySelector(tag) != null, `${page} to render its <${tag}>`, 10000);
  return (await chartReady(frame, tag)) as T;
}

for (const app of APPS.filter((a) => SEED_APPS.includes(a))) {
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

/**
 * The repository's stories in a Storybook static build (examples/frameworks/storybook), the way a
 * team publishes its Storybook: every gallery story is there under the same id, and draws in
 * Storybook what it draws in the gallery (a build that tree-shook the elements' registration away
 * would draw nothing).
 */
describe('examples/frameworks/storybook, built', function () {
  this.timeout(120000);
  if (!APPS.includes('storybook')) return;
  const STATIC = '/examples/frameworks/storybook/storybook-static';
  afterEach(() => {
    closeFrames();
    cleanup();
  });

  it('lists every gallery story under the gallery’s id', async () => {
    const index = (await (await fetch(`${STATIC}/index.json`)).json()) as {
      entries: Record<string, { type: string }>;
    };
    const stories = Object.keys(index.entries).filter((id) => index.entries[id].type === 'story');
    expect(stories.sort()).to.deep.equal(storyEntries.map((e) => e.id).sort());
  });

  it('draws every story as the gallery draws it', async () => {
    const differences: string[] = [];
    for (const entry of storyEntries) {
      const frame = await openFrame(`${STATIC}/iframe.html?id=${entry.id}&viewMode=story`, { width: 640 });
      const tag = entry.story
        .render({})
        .strings.join('')
        .match(/<(estimate-[a-z]+)/)![1];
      const inStorybook = await appChart(frame, tag);
      await drawn(inStorybook, 10000);
      const inGallery = await mount<EstimateChartElement>(entry.render(), 640);
      await drawn(inGallery, 10000);
      const seen = (c: EstimateChartElement) =>
        JSON.stringify({
          figures: c.figures.length,
          issues: c.issues.length,
          summary: c.summary,
          marks: c.shadowRoot!.querySelectorAll('svg.plot [part]').length,
        });
      if (seen(inStorybook) !== seen(inGallery))
        differences.push(`${entry.id}: Storybook ${seen(inStorybook)}, gallery ${seen(inGallery)}`);
      closeFrames();
      cleanup();
    }
    expect(differences).to.deep.equal([]);
  });
});
