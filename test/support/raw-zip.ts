/**
 * Test helper: a zip written byte by byte, so that a test can make it lie — sizes, counts,
 * CRCs, names, flags — the way a hostile or damaged file does. And the parts of a real .xlsx,
 * to rebuild it with one part changed.
 */
import * as zlib from "zlib";
import JSZip from "jszip";

export interface RawEntry {
  name: string | Uint8Array;
  data: Uint8Array;
  /** 8 (deflate, default) or 0 (stored). */
  method?: number;
  /** What the directory says the entry inflates to (default: the truth). */
  declaredSize?: number;
  crc?: number;
  flags?: number;
}

export interface RawZipOptions {
  /** The entry count the end record states (default: the truth). */
  declaredCount?: number;
}

const crc32 = (b: Uint8Array) => zlib.crc32(b) >>> 0;

export function rawZip(entries: RawEntry[], options: RawZipOptions = {}): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = typeof e.name === "string" ? Buffer.from(e.name, "utf8") : Buffer.from(e.name);
    const method = e.method ?? 8;
    const body = method === 8 ? zlib.deflateRawSync(e.data) : Buffer.from(e.data);
    const crc = e.crc ?? crc32(e.data);
    const size = e.declaredSize ?? e.data.length;
    const flags = (e.flags ?? 0) | (typeof e.name === "string" ? 0x800 : 0);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, body);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  const count = options.declaredCount ?? entries.length;
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

/** The parts of a package, in their order. */
export async function partsOf(xlsx: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(xlsx);
  const parts = new Map<string, Uint8Array>();
  for (const name of Object.keys(zip.files))
    if (!zip.files[name].dir) parts.set(name, await zip.files[name].async("uint8array"));
  return parts;
}

/** A package rebuilt from parts, some of them changed. */
export function zipOf(parts: Map<string, Uint8Array>, change: Record<string, RawEntry> = {}) {
  return rawZip([...parts].map(([name, data]) => change[name] ?? { name, data }));
}

export const text = (b: Uint8Array) => Buffer.from(b).toString("utf8");
export const bytes = (s: string) => new Uint8Array(Buffer.from(s, "utf8"));
