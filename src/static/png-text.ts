/// <reference types="node" />
/**
 * Words written into a PNG's own metadata (iTXt chunks, UTF-8): the title, the summary, the source and
 * the credit, so that a shared image says what it is to a search engine, an archive or a screen reader's
 * image describer, as well as in its pixels. Keywords are PNG's registered ones (Title, Description,
 * Source, Author, Software).
 */

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** One iTXt chunk: keyword, no compression, no language, the text in UTF-8. */
function itxt(keyword: string, text: string): Buffer {
  const data = Buffer.concat([Buffer.from(keyword, 'latin1'), Buffer.from([0, 0, 0, 0, 0]), Buffer.from(text, 'utf8')]);
  const type = Buffer.from('iTXt', 'latin1');
  const chunk = Buffer.alloc(12 + data.length);
  chunk.writeUInt32BE(data.length, 0);
  type.copy(chunk, 4);
  data.copy(chunk, 8);
  chunk.writeUInt32BE(crc32(Buffer.concat([type, data])), 8 + data.length);
  return chunk;
}

/** The PNG with the texts after its header chunk (IHDR ends at byte 33: 8 signature + 25). */
export function withPngText(png: Uint8Array, texts: Record<string, string | undefined>): Uint8Array {
  const chunks = Object.entries(texts).flatMap(([k, v]) => (v ? [itxt(k, v)] : []));
  if (!chunks.length) return png;
  const bytes = Buffer.from(png);
  return new Uint8Array(Buffer.concat([bytes.subarray(0, 33), ...chunks, bytes.subarray(33)]));
}
