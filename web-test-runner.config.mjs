// Browser tests in Chromium (default: CHROME_PATH, an installed Chrome, Chromium or Edge, else the
// one @sparticuz/chromium ships; see scripts/find-browser.mjs), Firefox ESR or WebKitGTK, chosen by
// WTR_BROWSER. Recipes verified on these machines: ../shared/notes/browsers-and-test-tooling.md.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { visualRegressionPlugin } from '@web/test-runner-visual-regression/plugin';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { PNG } from 'pngjs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { mediaFeaturesPlugin } from './scripts/media-features-plugin.mjs';
import { layoutTracePlugin } from './scripts/layout-trace-plugin.mjs';
import { staticRenderPlugin } from './scripts/static-render-plugin.mjs';
import { examplesMiddleware, ssrRenderPlugin } from './scripts/ssr-render-plugin.mjs';
import { reactEsmPlugin } from './scripts/react-esm-plugin.mjs';
import { findBrowser } from './scripts/find-browser.mjs';
import { screenshotComparison } from './scripts/screenshot-environment.mjs';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--font-render-hinting=none',
  '--force-color-profile=srgb',
  '--hide-scrollbars',
  // element.computedRole / computedName: what the browser's accessibility tree says, for tests.
  '--enable-blink-features=ComputedAccessibilityInfo',
  // window.gc(), so that the leak tests measure a collected heap.
  '--js-flags=--expose-gc',
];

// WebKitWebDriver's element screenshot comes back black under Xvfb: crop a viewport shot instead.
function cropElementShots(launcher) {
  launcher.takeScreenshot = async (_id, locator) => {
    const d = launcher.driver;
    const r = await d.execute(`var el=(function(){ ${locator} })(); el.scrollIntoView();
      var b=el.getBoundingClientRect(); return {x:b.left,y:b.top,w:b.width,h:b.height,k:devicePixelRatio||1};`);
    const full = PNG.sync.read(Buffer.from(await d.takeScreenshot(), 'base64'));
    const x = Math.round(r.x * r.k),
      y = Math.round(r.y * r.k);
    const w = Math.min(Math.round(r.w * r.k), full.width - x),
      h = Math.min(Math.round(r.h * r.k), full.height - y);
    const out = new PNG({ width: w, height: h });
    PNG.bitblt(full, out, x, y, w, h, 0, 0);
    return PNG.sync.write(out);
  };
  return launcher;
}

const launchers = {
  chromium: async () =>
    chromeLauncher({
      launchOptions: {
        executablePath: (await findBrowser()).path,
        headless: true,
        args: CHROMIUM_ARGS,
      },
    }),
  firefox: async () => {
    const puppeteer = (await import('puppeteer-core')).default;
    return chromeLauncher({
      puppeteer,
      launchOptions: {
        browser: 'firefox',
        executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
        headless: true,
      },
    });
  },
  webkit: async () => {
    const { webdriverLauncher } = await import('@web/test-runner-webdriver');
    return cropElementShots(
      webdriverLauncher({
        hostname: '127.0.0.1',
        port: Number(process.env.WEBKIT_WEBDRIVER_PORT ?? 4444),
        logLevel: 'error',
        capabilities: {
          browserName: 'MiniBrowser',
          'webkitgtk:browserOptions': {
            binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
            args: ['--automation'],
          },
          'wdio:enforceWebDriverClassic': true,
        },
      }),
    );
  },
};

const browser = process.env.WTR_BROWSER ?? 'chromium';
const updateScreenshots = process.env.UPDATE_SCREENSHOTS === '1';
// Baselines are committed for Chromium only, and compared only in the build and fonts they were made with.
const screenshots =
  browser === 'chromium'
    ? screenshotComparison((await findBrowser()).version, { update: updateScreenshots })
    : { compare: false, reason: 'baselines are kept for Chromium only' };
console.log(`Screenshots: ${screenshots.compare ? 'compared' : 'skipped'} (${screenshots.reason})`);

// The strict policy a cautious newsroom serves: nothing inline, nothing evaluated, Trusted Types
// required for every DOM sink. test/pages/csp.html is served with it.
const STRICT_CSP = "default-src 'self'; require-trusted-types-for 'script'";

export default {
  middleware: [
    // The corpus of broken files is served byte for byte, as a newsroom's server would: the dev
    // server reads text files as UTF-8 and would "repair" the Windows-1252 and invalid-UTF-8 cases.
    async function rawCorpus(context, next) {
      if (!context.path.startsWith('/test/fixtures/corpus/')) return next();
      const file = join(process.cwd(), decodeURIComponent(context.path));
      if (!file.startsWith(join(process.cwd(), 'test/fixtures/corpus/'))) return next();
      try {
        context.body = await readFile(file);
        context.type = file.endsWith('.json')
          ? 'application/json'
          : file.endsWith('.tsv')
            ? 'text/tab-separated-values'
            : 'text/csv';
      } catch {
        context.status = 404;
      }
    },
    // The examples' servers, each run as its own process (scripts/ssr-render-plugin.mjs).
    examplesMiddleware({
      'ssr-node': 'examples/ssr-node/server.mjs',
      // Next serves its pages and assets under its basePath, /examples/next: the path is passed whole.
      next: { script: 'examples/frameworks/next/serve.mjs', basePath: true },
    }),
    function strictCsp(context, next) {
      if (context.path.startsWith('/test/pages/csp')) context.set('Content-Security-Policy', STRICT_CSP);
      return next();
    },
  ],
  // test/static, test/cli and test/ssr are Node's (scripts/test-node.mjs): they read font files, run
  // the bin and render on a server. The framework apps' test needs their builds (npm run test:frameworks).
  files: process.env.WTR_FILES ?? [
    'test/**/*.test.ts',
    '!test/static/**',
    '!test/cli/**',
    '!test/ssr/**',
    '!test/examples/frameworks.test.ts',
  ],
  nodeResolve: true,
  // Chromium hangs in visualDiff with two pages at once; one at a time is also the default on 2 cores.
  concurrency: 1,
  // The leak tests draw 1,000 charts in one file.
  testsFinishTimeout: 300000,
  testFramework: { config: { timeout: 10000 } },
  plugins: [
    // React ships CommonJS only: test/react imports it as ES modules through this.
    reactEsmPlugin(),
    esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json' }),
    a11ySnapshotPlugin(),
    mediaFeaturesPlugin(),
    layoutTracePlugin(),
    staticRenderPlugin(),
    ssrRenderPlugin(),
    visualRegressionPlugin({
      baseDir: 'screenshots',
      update: updateScreenshots,
      failureThreshold: 0,
      failureThresholdType: 'pixel',
    }),
  ],
  testRunnerHtml: (testFramework) => `<!doctype html><html lang="en"><head>
    <meta charset="utf-8"><meta name="viewport" content="width=device-width">
    <style>body { margin: 0; font-family: 'Liberation Sans', Arial, sans-serif; }</style>
    </head><body><script>window.__WTR_BROWSER__ = ${JSON.stringify(browser)};
    window.__SCREENSHOTS__ = ${JSON.stringify(screenshots)};
    window.__FRAMEWORK_APPS__ = ${JSON.stringify(process.env.FRAMEWORK_APPS)};</script>
    <script type="module" src="${testFramework}"></script></body></html>`,
  reporters: [
    defaultReporter(),
    summaryReporter({ skipped: screenshots.compare ? undefined : `screenshots: ${screenshots.reason}` }),
  ],
  browsers: [await launchers[browser]()],
};
