/**
 * Reads a zip's central directory (no inflating) to learn how many entries it has and how large
 * they would expand — so a zip bomb is refused before any of it is decompressed.
 */
export interface ZipDirectory {
  entries: number;
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
  if (offset === 0xffffffff || count === 0xffff)
    return { entries: count, uncompressedBytes: Infinity, zip64: true };
  if (offset + size > data.length) return null;
  let p = offset;
  let total = 0;
  let zip64 = false;
  for (let n = 0; n < count; n++) {
    if (p + 46 > data.length || view.getUint32(p, true) !== CENTRAL) return null;
    const uncompressed = view.getUint32(p + 24, true);
    if (uncompressed === 0xffffffff) zip64 = true;
    total += uncompressed;
    p +=
      46 +
      view.getUint16(p + 28, true) +
      view.getUint16(p + 30, true) +
      view.getUint16(p + 32, true);
  }
  return { entries: count, uncompressedBytes: zip64 ? Infinity : total, zip64 };
}
