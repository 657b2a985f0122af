/**
 * Reads a zip's central directory (no inflating) to learn how many entries it has and how large
 * they would expand — so a zip bomb is refused before any of it is decompressed.
 */
export interface ZipDirectory {
  entries: number;
  /** Expected CRC-32 of each entry, by name. */
  crc32: Map<string, number>;
  /** Sum of the uncompressed sizes the directory declares. */
  uncompressedBytes: number;
  /** True when a size is stored as ZIP64 (0xFFFFFFFF): treated as too large for a scoring workbook. */
  zip64: boolean;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;

export function readZipDirectory(data: Uint8Array): ZipDirectory | null {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const min = Math.max(0, data.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = data.length - 22; i >= min; i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  if (offset === 0xffffffff || count === 0xffff) {
    return { entries: count, crc32: new Map(), uncompressedBytes: Infinity, zip64: true };
  }
  if (offset + size > data.length) return null;
  let p = offset;
  let total = 0;
  let zip64 = false;
  const crcs = new Map<string, number>();
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (p + 46 > data.length || view.getUint32(p, true) !== CENTRAL) return null;
    const uncompressed = view.getUint32(p + 24, true);
    if (uncompressed === 0xffffffff) zip64 = true;
    total += uncompressed;
    const nameLength = view.getUint16(p + 28, true);
    if (p + 46 + nameLength > data.length) return null;
    crcs.set(
      decoder.decode(data.subarray(p + 46, p + 46 + nameLength)),
      view.getUint32(p + 16, true)
    );
    p += 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return { entries: count, crc32: crcs, uncompressedBytes: zip64 ? Infinity : total, zip64 };
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
