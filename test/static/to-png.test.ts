/// <reference types="node" />
import { expect } from '@esm-bundle/chai';
import { PNG } from 'pngjs';
import { crc32 } from 'node:zlib';
import { renderRange } from '../../src/static/render-range.js';
import { toPng } from '../../src/static/to-png.js';
import { fontMeasurer } from '../../src/static/font-measurer.js';
import { defaultFont } from '../../src/static/static-font.js';
import { seedAll } from '../fixtures/seed-figures.js';

describe('toPng', () => {
  it('draws the SVG at its size times the scale, with ink where the text and bars are', async () => {
    const chart = renderRange(seedAll, { title: 'Estimates' });
    const image = PNG.sync.read(Buffer.from(await toPng(chart, { scale: 2 })));
    expect([image.width, image.height]).to.deep.equal([chart.width * 2, chart.height * 2]);
    // The title's first letters, dark on white, 16 to 40 px down at 2×.
    let dark = 0;
    for (let y = 32; y < 80; y++)
      for (let x = 32; x < 200; x++) if (image.data[(y * image.width + x) * 4] < 100) dark++;
    expect(dark).to.be.greaterThan(200);
  });

  it('carries the title, summary, source and credit as text in the PNG itself', async () => {
    const chart = renderRange(seedAll, {
      title: 'Четыре недели войны',
      source: 'Source: UN',
      credit: 'Chart: The Daily',
    });
    const bytes = Buffer.from(await toPng(chart));
    const texts: Record<string, string> = {};
    for (let at = 8; at < bytes.length;) {
      const length = bytes.readUInt32BE(at);
      // Every chunk's CRC, as strict readers check it (pngjs does not for text chunks).
      expect(bytes.readUInt32BE(at + 8 + length)).to.equal(crc32(bytes.subarray(at + 4, at + 8 + length)));
      if (bytes.toString('latin1', at + 4, at + 8) === 'iTXt') {
        const data = bytes.subarray(at + 8, at + 8 + length);
        const end = data.indexOf(0);
        texts[data.toString('latin1', 0, end)] = data.subarray(end + 5).toString('utf8');
      }
      at += 12 + length;
    }
    expect(texts).to.deep.equal({
      Title: 'Четыре недели войны',
      Description: chart.summary,
      Source: 'Source: UN',
      Author: 'Chart: The Daily',
      Software: 'estimate-range',
    });
    expect(PNG.sync.read(bytes).width).to.equal(chart.width);
  });

  it('gives the same bytes every time', async () => {
    const chart = renderRange(seedAll);
    expect(Buffer.from(await toPng(chart)).equals(Buffer.from(await toPng(chart)))).to.equal(true);
  });
});

describe('fontMeasurer', () => {
  it('measures with the font file, kerning included, in px at the style size', () => {
    const measure = fontMeasurer(defaultFont(), 15);
    // Source Sans 3 at 15 px (fontkit's advances; Chromium's canvas gives the same, see test/static-parity).
    expect(measure.width('Ukrainian authorities 10,000–15,000', 'label')).to.be.closeTo(224.5, 0.1);
    expect(measure.width('Title', 'heading')).to.be.greaterThan(measure.width('Title', 'label'));
  });
});
