/// <reference types="node" />
/**
 * The font a static chart is measured and drawn in. Text is measured from the font file that will
 * draw it, so that what was measured is what the PNG shows. The default, Source Sans 3 (SIL Open
 * Font License), ships with the package in `dist/fonts/`, so that output is the same on every machine.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { create, type Font } from 'fontkit';

export interface StaticFont {
  /** The CSS family name written into the SVG ("Source Sans 3"). */
  family: string;
  /** The regular weight: a TTF or OTF file's path, or its bytes. */
  regular: string | Uint8Array;
  /** The bold weight, used for titles, headings and strong text (CSS weights 600 and up). */
  bold: string | Uint8Array;
}

/** Where the package keeps its fonts, through its own exports map: right from dist/ and from src/. */
function packagedFont(file: string): string {
  return createRequire(import.meta.url).resolve(`estimate-range/fonts/${file}`);
}

/** Source Sans 3, regular and bold, as shipped in the package. */
export function defaultFont(): StaticFont {
  return {
    family: 'Source Sans 3',
    regular: packagedFont('SourceSans3-Regular.ttf'),
    bold: packagedFont('SourceSans3-Bold.ttf'),
  };
}

/** The bytes of a font file given by path or as bytes, for resvg. */
export function fontBytes(source: string | Uint8Array): Uint8Array {
  return typeof source === 'string' ? readFileSync(source) : source;
}

const opened = new Map<string | Uint8Array, Font>();

/** A font file opened with fontkit, once per file for the life of the process. */
export function openFont(source: string | Uint8Array): Font {
  let font = opened.get(source);
  if (!font) {
    const loaded = create(Buffer.from(fontBytes(source)));
    if (!('unitsPerEm' in loaded) || !('layout' in loaded))
      throw new Error('The font is a collection; give one font of it (a .ttf or .otf file)');
    font = loaded as Font;
    opened.set(source, font);
  }
  return font;
}
