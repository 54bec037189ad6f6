// Screenshots of gallery pages in the tests' Chromium (scripts/find-browser.mjs), to look at the charts as a reader would:
//   node scripts/screenshot.mjs URL OUT.png [WIDTH] [--dark] [--no-js]
import { findBrowser } from './find-browser.mjs';
import puppeteer from 'puppeteer-core';

const [url, out, width = '960', ...flags] = process.argv.slice(2);
const browser = await puppeteer.launch({
  executablePath: (await findBrowser()).path,
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--no-first-run',
    '--disable-background-networking',
    '--font-render-hinting=none',
  ],
});
const page = await browser.newPage();
page.on('console', (m) => console.log('console:', m.type(), m.text()));
page.on('pageerror', (e) => console.log('pageerror:', e.message));
if (flags.includes('--no-js')) await page.setJavaScriptEnabled(false);
if (flags.includes('--dark')) await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
await page.setViewport({ width: Number(width), height: 800, deviceScaleFactor: 1 });
await page.goto(url, { waitUntil: 'networkidle0' });
await new Promise((r) => setTimeout(r, 300));
await page.screenshot({ path: out, fullPage: true });
await browser.close();
