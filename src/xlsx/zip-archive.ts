/**
 * A zip archive read for what an .xlsx needs, trusting nothing it declares: the central
 * directory is walked in full (its entry count is checked, not believed), each entry's local
 * header must agree with it, every part is inflated at most once, never past the size the
 * directory declares for it nor past the archive's read budget, and its CRC-32 is verified.
 */
import { crc32, inflateRaw, InflateOverflow } from "./inflate";

export type ZipFailure =
  /** The end record or the central directory is missing, truncated or inconsistent. */
  | { code: "directory" }
  /** ZIP64: only for archives over 4 GB or 65,535 entries, never a scoring workbook. */
  | { code: "zip64" }
  /** `count` as the end record states it, or null when the walk found more than it said. */
  | { code: "too-many-entries"; count: number | null }
  | { code: "too-expanded"; bytes: number }
  /** The parts read would inflate to `bytes` in all, past the archive's read budget. */
  | { code: "over-budget"; bytes: number }
  /** A local header disagrees with the directory, or data runs past the file. */
  | { code: "entry"; name: string }
  /** A compression method other than stored or deflate. */
  | { code: "method"; name: string }
  /** An entry encrypted with zip's own (legacy) encryption. */
  | { code: "encrypted"; name: string }
  | { code: "crc"; name: string }
  /** The entry inflates to more or less than the directory says. */
  | { code: "size"; name: string };

export class ZipError extends Error {
  constructor(readonly failure: ZipFailure) {
    super(`zip: ${failure.code}${"name" in failure ? ` (${failure.name})` : ""}`);
  }
}

export interface ZipLimits {
  maxEntries: number;
  /** The sum of every entry's declared size may not exceed this (checked before inflating). */
  maxUncompressedBytes: number;
  /** What may be inflated from one archive in all (the parts actually read). */
  readBudgetBytes: number;
}

interface Entry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

const utf8 = new TextDecoder("utf-8", { fatal: true });
const latin1 = new TextDecoder("latin1");

function entryName(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    return latin1.decode(bytes);
  }
}

function findEndRecord(view: DataView, length: number): number {
  const min = Math.max(0, length - 22 - 0xffff);
  for (let i = length - 22; i >= min; i--) if (view.getUint32(i, true) === EOCD) return i;
  return -1;
}

function readEntries(data: Uint8Array, view: DataView, limits: ZipLimits): Entry[] {
  const eocd = findEndRecord(view, data.length);
  if (eocd < 0) throw new ZipError({ code: "directory" });
  const declared = view.getUint16(eocd + 10, true);
  const size = view.getUint32(eocd + 12, true);
  const offset = view.getUint32(eocd + 16, true);
  const zip64 = eocd >= 20 && view.getUint32(eocd - 20, true) === ZIP64_LOCATOR;
  if (declared > limits.maxEntries && declared !== 0xffff)
    throw new ZipError({ code: "too-many-entries", count: declared });
  if (zip64 || declared === 0xffff || offset === 0xffffffff || size === 0xffffffff)
    throw new ZipError({ code: "zip64" });
  if (offset + size > eocd) throw new ZipError({ code: "directory" });
  const entries: Entry[] = [];
  let p = offset;
  while (p < offset + size) {
    if (p + 46 > offset + size || view.getUint32(p, true) !== CENTRAL)
      throw new ZipError({ code: "directory" });
    const nameLength = view.getUint16(p + 28, true);
    const extra = view.getUint16(p + 30, true);
    const comment = view.getUint16(p + 32, true);
    if (p + 46 + nameLength > offset + size) throw new ZipError({ code: "directory" });
    const entry: Entry = {
      name: entryName(data.subarray(p + 46, p + 46 + nameLength)),
      flags: view.getUint16(p + 8, true),
      method: view.getUint16(p + 10, true),
      crc: view.getUint32(p + 16, true),
      compressedSize: view.getUint32(p + 20, true),
      size: view.getUint32(p + 24, true),
      localOffset: view.getUint32(p + 42, true),
    };
    if (
      entry.size === 0xffffffff ||
      entry.compressedSize === 0xffffffff ||
      entry.localOffset === 0xffffffff
    )
      throw new ZipError({ code: "zip64" });
    entries.push(entry);
    // Counted as walked, so an end record that understates the entries hides nothing.
    if (entries.length > limits.maxEntries)
      throw new ZipError({ code: "too-many-entries", count: null });
    p += 46 + nameLength + extra + comment;
  }
  if (entries.length !== declared) throw new ZipError({ code: "directory" });
  return entries;
}

export class ZipArchive {
  private readonly view: DataView;
  private readonly byName = new Map<string, Entry>();
  private readonly byLowerName = new Map<string, Entry>();
  private readonly inflated = new Map<Entry, Promise<Uint8Array>>();
  private budget: number;
  /** What has been inflated so far: parts and bytes (for tests and the bench). */
  readonly inflatedSoFar = { parts: 0, bytes: 0 };

  private constructor(
    private readonly data: Uint8Array,
    entries: Entry[],
    private readonly limits: ZipLimits
  ) {
    this.view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    this.budget = limits.readBudgetBytes;
    for (const e of entries) {
      if (this.byName.has(e.name)) throw new ZipError({ code: "directory" });
      this.byName.set(e.name, e);
      // OPC part names are case-insensitive: the first spelling wins.
      if (!this.byLowerName.has(e.name.toLowerCase()))
        this.byLowerName.set(e.name.toLowerCase(), e);
    }
  }

  /** Reads the directory (no inflating); ZipError when it cannot be trusted or exceeds a limit. */
  static open(data: Uint8Array, limits: ZipLimits): ZipArchive {
    const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
    const entries = readEntries(data, view, limits);
    const bytes = entries.reduce((n, e) => n + e.size, 0);
    if (bytes > limits.maxUncompressedBytes) throw new ZipError({ code: "too-expanded", bytes });
    return new ZipArchive(data, entries, limits);
  }

  get names(): string[] {
    return [...this.byName.keys()];
  }

  private entry(name: string): Entry | undefined {
    return this.byName.get(name) ?? this.byLowerName.get(name.toLowerCase());
  }

  has(name: string): boolean {
    return this.entry(name) !== undefined;
  }

  /** The part's bytes, inflated once however often asked; undefined when there is no such part. */
  read(name: string): Promise<Uint8Array> | undefined {
    const entry = this.entry(name);
    if (!entry) return undefined;
    let bytes = this.inflated.get(entry);
    if (!bytes) {
      bytes = this.extract(entry);
      this.inflated.set(entry, bytes);
    }
    return bytes;
  }

  private compressedData(e: Entry): Uint8Array {
    const p = e.localOffset;
    const view = this.view;
    if (p + 30 > this.data.length || view.getUint32(p, true) !== LOCAL)
      throw new ZipError({ code: "entry", name: e.name });
    const nameLength = view.getUint16(p + 26, true);
    const local = entryName(this.data.subarray(p + 30, p + 30 + nameLength));
    if (local !== e.name || view.getUint16(p + 8, true) !== e.method)
      throw new ZipError({ code: "entry", name: e.name });
    const start = p + 30 + nameLength + view.getUint16(p + 28, true);
    if (start + e.compressedSize > this.data.length)
      throw new ZipError({ code: "entry", name: e.name });
    return this.data.subarray(start, start + e.compressedSize);
  }

  private async extract(e: Entry): Promise<Uint8Array> {
    if (e.flags & 1) throw new ZipError({ code: "encrypted", name: e.name });
    if (e.method !== 0 && e.method !== 8) throw new ZipError({ code: "method", name: e.name });
    if (e.size > this.budget)
      throw new ZipError({
        code: "over-budget",
        bytes: this.limits.readBudgetBytes - this.budget + e.size,
      });
    this.budget -= e.size;
    const raw = this.compressedData(e);
    let out: Uint8Array;
    if (e.method === 0) out = raw;
    else {
      this.inflatedSoFar.parts++;
      try {
        out = await inflateRaw(raw, e.size);
      } catch (error) {
        if (error instanceof InflateOverflow) {
          // Inflating stopped one byte past the declared size.
          this.inflatedSoFar.bytes += e.size + 1;
          throw new ZipError({ code: "size", name: e.name });
        }
        throw new ZipError({ code: "entry", name: e.name });
      }
    }
    this.inflatedSoFar.bytes += out.length;
    if (out.length !== e.size) throw new ZipError({ code: "size", name: e.name });
    if (crc32(out) !== e.crc) throw new ZipError({ code: "crc", name: e.name });
    return out;
  }
}
