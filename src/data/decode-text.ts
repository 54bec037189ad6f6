/**
 * Bytes of a fetched file to text, as spreadsheets save them: UTF-8 (with or without a byte-order
 * mark), UTF-16 (with a BOM, or recognisable by its zero bytes), or, when the bytes are not valid
 * UTF-8, Windows-1252, which Excel on Windows still writes. The last is a guess, so it comes with a
 * warning rather than silently.
 */
import type { FigureIssue } from './figure-issue.js';

export interface DecodedText {
  text: string;
  issues: FigureIssue[];
}

function decode(label: string, bytes: Uint8Array, fatal = false): string {
  return new TextDecoder(label, { fatal }).decode(bytes);
}

/** Decodes a file's bytes, saying which encoding was assumed when it was not UTF-8. */
export function decodeText(buffer: ArrayBuffer): DecodedText {
  const bytes = new Uint8Array(buffer);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decode('utf-16le', bytes.subarray(2)), issues: [] };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decode('utf-16be', bytes.subarray(2)), issues: [] };
  // UTF-16 without a BOM: ASCII text leaves every other byte zero.
  const sample = bytes.subarray(0, 200);
  let evenZeros = 0;
  let oddZeros = 0;
  sample.forEach((b, i) => {
    if (b === 0 && i % 2) oddZeros++;
    else if (b === 0) evenZeros++;
  });
  if (sample.length >= 4 && oddZeros > sample.length / 4) return { text: decode('utf-16le', bytes), issues: [] };
  if (sample.length >= 4 && evenZeros > sample.length / 4) return { text: decode('utf-16be', bytes), issues: [] };
  try {
    return { text: decode('utf-8', bytes, true).replace(/^\ufeff/, ''), issues: [] };
  } catch {
    return {
      text: decode('windows-1252', bytes),
      issues: [
        {
          severity: 'warning',
          code: 'not-utf8',
          field: 'src',
          message:
            'is not UTF-8 text; it was read as Windows-1252 (Western European). Save the file as UTF-8 to be sure accents and other letters come out right',
        },
      ],
    };
  }
}
