/**
 * Inflating one zip entry with a hard ceiling: the output may never exceed the size the zip
 * declares for it (nor the reader's budget), and work stops the moment it would. Node's native
 * zlib where it exists (the CLI), the browser's DecompressionStream elsewhere (the pane); webpack
 * gives the browser build an empty "zlib" (resolve.fallback), so the branch is taken at run time.
 */
import * as zlib from "zlib";

/** The entry expands beyond its ceiling: a zip that understates its sizes (a bomb) or is damaged. */
export class InflateOverflow extends Error {
  constructor(readonly ceiling: number) {
    super(`inflated data exceeds ${ceiling} bytes`);
  }
}

type NodeZlib = {
  inflateRawSync?: (data: Uint8Array, options: { maxOutputLength: number }) => Uint8Array;
  crc32?: (data: Uint8Array) => number;
};
const native = zlib as unknown as NodeZlib;

function inflateNative(data: Uint8Array, ceiling: number): Uint8Array {
  try {
    // One byte of headroom: output longer than the ceiling is then detectable, and never larger.
    return native.inflateRawSync!(data, { maxOutputLength: ceiling + 1 });
  } catch (e) {
    if ((e as { code?: string }).code === "ERR_BUFFER_TOO_LARGE")
      throw new InflateOverflow(ceiling);
    throw e;
  }
}

async function inflateStream(data: Uint8Array, ceiling: number): Promise<Uint8Array> {
  const stream = new DecompressionStream("deflate-raw");
  const writer = stream.writable.getWriter();
  // Errors surface on the reading side; these promises must not go unhandled.
  writer.write(data as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > ceiling) {
      await reader.cancel().catch(() => undefined);
      throw new InflateOverflow(ceiling);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** Raw DEFLATE data inflated, never past `ceiling` bytes (InflateOverflow instead). */
export async function inflateRaw(data: Uint8Array, ceiling: number): Promise<Uint8Array> {
  const out =
    typeof native.inflateRawSync === "function"
      ? inflateNative(data, ceiling)
      : await inflateStream(data, ceiling);
  if (out.length > ceiling) throw new InflateOverflow(ceiling);
  return out;
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

/** CRC-32 as zip stores it: node's native one where available (about 10× faster). */
export function crc32(bytes: Uint8Array): number {
  if (typeof native.crc32 === "function") return native.crc32(bytes) >>> 0;
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = CRC_TABLE[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
