import { findBrowser } from './find-browser.mjs';
import puppeteer from 'puppeteer-core';
const [url, out, width] = process.argv.slice(2);
const b = await puppeteer.launch({
  executablePath: (await findBrowser()).path,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--font-render-hinting=none'],
});
const p = await b.newPage();
await p.setViewport({ width: Number(width), height: 800, deviceScaleFactor: 1 });
await p.goto(url, { waitUntil: 'networkidle0' });
await new Promise((r) => setTimeout(r, 300));
const el = await p.$('estimate-range');
await el.screenshot({ path: out });
await b.close();
