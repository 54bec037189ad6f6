/// <reference types="node" />
/**
 * A static chart as PNG, drawn by resvg in the same font files its text was measured in. resvg is an
 * optional peer dependency: an app that only uses the elements does not download a PNG renderer.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { StaticChart } from './static-chart.js';
import { withPngText } from './png-text.js';
import { defaultFont, type StaticFont } from './static-font.js';

export interface PngOptions {
  /** Pixels per CSS px: 2 for retina screens (default 1). */
  scale?: number;
  /** The font the SVG was measured in; a chart from renderRange or renderTimeline carries its own. */
  font?: StaticFont;
}

/** Thrown when `@resvg/resvg-js` is not installed, saying how to add it. */
export class PngRendererMissingError extends Error {
  constructor(cause: unknown) {
    super('PNG output needs the optional package @resvg/resvg-js: run `npm install @resvg/resvg-js`', { cause });
    this.name = 'PngRendererMissingError';
  }
}

type ResvgModule = typeof import('@resvg/resvg-js');
let resvg: Promise<ResvgModule> | undefined;

/** Loads resvg, or rejects with PngRendererMissingError: a caller can ask before it starts a batch. */
export function loadResvg(): Promise<ResvgModule> {
  resvg ??= import('@resvg/resvg-js').catch((e: unknown) => {
    resvg = undefined;
    throw new PngRendererMissingError(e);
  });
  return resvg;
}

/** Font files for resvg, which reads paths only: bytes are written to a temporary file for the call. */
function fontFiles(font: StaticFont): { files: string[]; cleanUp: () => void } {
  const sources = [font.regular, font.bold];
  if (sources.every((s) => typeof s === 'string')) return { files: sources as string[], cleanUp: () => {} };
  const dir = mkdtempSync(join(tmpdir(), 'estimate-range-font-'));
  const files = sources.map((s, i) => {
    if (typeof s === 'string') return s;
    const file = join(dir, `font-${i}.ttf`);
    writeFileSync(file, s);
    return file;
  });
  return { files, cleanUp: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * A PNG of a static chart (or of its SVG markup with the font it was measured in). The same SVG and
 * scale give the same bytes on every machine: no system font is read. A chart's PNG also carries its
 * title, summary, source and credit as text metadata (see png-text.ts).
 *
 * @example
 * const chart = renderRange(figures, { title: 'Russian military deaths' });
 * writeFileSync('chart.png', await toPng(chart, { scale: 2 }));
 */
export async function toPng(chart: StaticChart | string, options: PngOptions = {}): Promise<Uint8Array> {
  const { Resvg } = await loadResvg();
  const svg = typeof chart === 'string' ? chart : chart.svg;
  const font = options.font ?? (typeof chart === 'string' ? undefined : chart.font) ?? defaultFont();
  const { files, cleanUp } = fontFiles(font);
  try {
    const image = new Resvg(svg, {
      fitTo: { mode: 'zoom', value: options.scale ?? 1 },
      font: { loadSystemFonts: false, fontFiles: files, defaultFontFamily: font.family, sansSerifFamily: font.family },
      logLevel: 'off',
    }).render();
    const png = new Uint8Array(image.asPng());
    return typeof chart === 'string' ? png : withPngText(png, chart.about);
  } finally {
    cleanUp();
  }
}
