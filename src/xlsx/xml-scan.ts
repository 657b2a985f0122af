/**
 * A streaming XML tokenizer for the parts of an .xlsx: one pass over the part's bytes (UTF-8),
 * each byte looked at a bounded number of times (no backtracking, so no input makes it slow),
 * events for elements and text. Nothing is decoded but what a handler asks for: element names
 * are interned (no string per element), attribute values and text are decoded from their bytes
 * only when read. It knows comments, CDATA sections, processing instructions, namespace prefixes
 * (element and attribute names are given without them), either quote in attributes, and '>'
 * inside attribute values; it refuses a DOCTYPE (entity expansion) and anything not well-formed.
 *
 * Working on bytes gives the same events as decoding first: every delimiter is ASCII, and in
 * UTF-8 an ASCII byte is never part of another character (a damaged sequence before it decodes
 * to U+FFFD without swallowing it), so a slice cut at delimiters decodes as the whole would.
 */
import { t } from "../strings";
import { LimitExceeded } from "./read-limits";

export interface XmlEvents {
  /** An element opens at byte `at` (its '<'); `empty` when it is also closed (<x/>). */
  open(name: string, attrs: Attributes, empty: boolean, at: number): void;
  /** An element closes; `at` is the byte of its end tag's '<' (of the '<' of <x/>). */
  close(name: string, at: number): void;
  /** Character data with entities decoded (CDATA as is). Only called when `wantText()` says so. */
  text?(text: string): void;
  wantText?(): boolean;
}

export class XmlMalformed extends Error {}

/**
 * A copy of a text that does not keep the document it was cut from alive. (A JavaScript engine
 * may represent a substring as a view of its parent: kept in a result, a short value would hold
 * a whole part's XML in memory for as long as the result lives.) Short texts are copies already.
 */
export function detach(text: string): string {
  return text.length < 13 ? text : (" " + text).slice(1);
}

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Character and the five predefined entity references decoded; anything else left as written. */
export function decodeXml(text: string): string {
  if (text.indexOf("&") < 0) return text;
  return text.replace(
    /&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|lt|gt|amp|quot|apos);/g,
    (whole, e: string) => {
      if (e[0] !== "#") return ENTITIES[e];
      const code = e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
  );
}

const decoder = new TextDecoder("utf-8");
const encoder = new TextEncoder();

/** Bytes [from, to) of a part as text (no BOM handling: only ever a slice inside the part). */
export function utf8Slice(bytes: Uint8Array, from: number, to: number): string {
  const n = to - from;
  if (n <= 4) {
    // Short ASCII runs (most names, references and numbers): one string, no decoder call.
    let ascii = true;
    for (let k = from; k < to; k++) if (bytes[k] >= 0x80) ascii = false;
    if (ascii) return shortAscii(bytes, from, n);
  }
  return decoder.decode(bytes.subarray(from, to));
}

function shortAscii(b: Uint8Array, i: number, n: number): string {
  switch (n) {
    case 0:
      return "";
    case 1:
      return String.fromCharCode(b[i]);
    case 2:
      return String.fromCharCode(b[i], b[i + 1]);
    case 3:
      return String.fromCharCode(b[i], b[i + 1], b[i + 2]);
    default:
      return String.fromCharCode(b[i], b[i + 1], b[i + 2], b[i + 3]);
  }
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const EQ = 0x3d;
const COLON = 0x3a;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

/** Index just past the end of a name starting at `i`. */
function nameEnd(b: Uint8Array, i: number): number {
  while (i < b.length) {
    const c = b[i];
    if (isSpace(c) || c === SLASH || c === GT || c === EQ) break;
    i++;
  }
  return i;
}

function skipSpace(b: Uint8Array, i: number): number {
  while (i < b.length && isSpace(b[i])) i++;
  return i;
}

/** Start of the local part of the name [start, end): after its first ':' (none: `start`). */
function localStart(b: Uint8Array, start: number, end: number): number {
  for (let k = start; k < end; k++) if (b[k] === COLON) return k + 1;
  return start;
}

const malformed = (what: string): never => {
  throw new XmlMalformed(`XML: ${what}`);
};

/**
 * Element names as strings, one string per distinct ASCII name (no allocation per element); at
 * most 1,024 are remembered, so a hostile part of many names costs only their decoding.
 */
class NameTable {
  private readonly byHash = new Map<number, string>();

  name(b: Uint8Array, from: number, to: number): string {
    let h = to - from;
    for (let k = from; k < to; k++) {
      const c = b[k];
      if (c >= 0x80) return utf8Slice(b, from, to);
      h = (h * 31 + c) | 0;
    }
    const known = this.byHash.get(h);
    if (known !== undefined && sameAscii(known, b, from, to)) return known;
    const name = utf8Slice(b, from, to);
    if (this.byHash.size < 1024) this.byHash.set(h, name);
    return name;
  }
}

function sameAscii(s: string, b: Uint8Array, from: number, to: number): boolean {
  if (s.length !== to - from) return false;
  for (let k = 0; k < s.length; k++) if (s.charCodeAt(k) !== b[from + k]) return false;
  return true;
}

/**
 * An element's attributes, prefixes dropped from their names, entities decoded. The tokenizer
 * only checks their syntax; they are taken apart the first time a handler asks, so the many
 * elements whose attributes nobody reads cost no allocation.
 */
export class Attributes {
  private from = 0;

  constructor(private readonly bytes: Uint8Array) {}

  /**
   * The tokenizer reuses one instance for every element of a document (no allocation per
   * element): a handler reads what it needs during `open`, and keeps no reference to it.
   */
  at(from: number): this {
    this.from = from;
    return this;
  }

  /** One attribute's value (`name` is ASCII), found by walking the tag. */
  get(name: string): string | undefined {
    const b = this.bytes;
    const found = findAttribute(b, this.from, name);
    return found < 0 ? undefined : decodeXml(utf8Slice(b, found, b.indexOf(b[found - 1], found)));
  }

  all(): Record<string, string> {
    const out: Record<string, string> = {};
    const b = this.bytes;
    attributeSpans(b, this.from, (nameStart, nameEnd, valueStart, valueEnd) => {
      const key = utf8Slice(b, localStart(b, nameStart, nameEnd), nameEnd);
      out[key] = decodeXml(utf8Slice(b, valueStart, valueEnd));
      return false;
    });
    return out;
  }
}

/** Is b[start, end) — without its prefix — the ASCII name `name`? */
function sameLocalName(b: Uint8Array, start: number, end: number, name: string): boolean {
  const local = end - name.length;
  if (local < start) return false;
  for (let k = 0; k < name.length; k++) if (b[local + k] !== name.charCodeAt(k)) return false;
  return local === start || b[local - 1] === COLON;
}

/**
 * Walks a start tag's attributes from `i` (just after the element's name) and returns the index
 * of its closing '>' or '/>'. `each` is given every attribute's name and value spans, and stops
 * the walk by returning true. Malformed syntax throws. One pass; the only search that can go far
 * (an unclosed quote) ends the scan.
 */
function attributeSpans(
  b: Uint8Array,
  i: number,
  each?: (nameStart: number, nameEnd: number, valueStart: number, valueEnd: number) => boolean
): number {
  for (;;) {
    i = skipSpace(b, i);
    if (i >= b.length) return malformed("unclosed start tag");
    const c = b[i];
    if (c === GT || c === SLASH) return i;
    const attrEnd = nameEnd(b, i);
    if (attrEnd === i) malformed("attribute without a name");
    const name = i;
    i = skipSpace(b, attrEnd);
    if (b[i] !== EQ) malformed("attribute without '='");
    i = skipSpace(b, i + 1);
    const quote = b[i];
    if (quote !== 0x22 && quote !== 0x27) malformed("attribute value without quotes");
    const close = b.indexOf(quote, i + 1);
    if (close < 0) malformed("unclosed attribute value");
    if (each?.(name, attrEnd, i + 1, close)) return i;
    i = close + 1;
  }
}

/**
 * Where the value of attribute `name` starts (after its quote), walking the tag from `i` as
 * attributeSpans does; -1 when the tag has no such attribute.
 */
function findAttribute(b: Uint8Array, i: number, name: string): number {
  for (;;) {
    i = skipSpace(b, i);
    if (i >= b.length) return malformed("unclosed start tag");
    const c = b[i];
    if (c === GT || c === SLASH) return -1;
    const attrEnd = nameEnd(b, i);
    if (attrEnd === i) malformed("attribute without a name");
    const start = i;
    i = skipSpace(b, attrEnd);
    if (b[i] !== EQ) malformed("attribute without '='");
    i = skipSpace(b, i + 1);
    const quote = b[i];
    if (quote !== 0x22 && quote !== 0x27) malformed("attribute value without quotes");
    const close = b.indexOf(quote, i + 1);
    if (close < 0) malformed("unclosed attribute value");
    if (sameLocalName(b, start, attrEnd, name)) return i + 1;
    i = close + 1;
  }
}

/** Where `seq` (ASCII) first occurs in `b` from `from`, or -1. */
function indexOfSeq(b: Uint8Array, seq: string, from: number): number {
  const first = seq.charCodeAt(0);
  for (let i = b.indexOf(first, from); i >= 0; i = b.indexOf(first, i + 1)) {
    let k = 1;
    while (k < seq.length && b[i + k] === seq.charCodeAt(k)) k++;
    if (k === seq.length) return i;
  }
  return -1;
}

function startsWithAscii(b: Uint8Array, at: number, s: string, ignoreCase = false): boolean {
  if (at + s.length > b.length) return false;
  for (let k = 0; k < s.length; k++) {
    let c = b[at + k];
    if (ignoreCase && c >= 0x61 && c <= 0x7a) c -= 0x20;
    if (c !== s.charCodeAt(k)) return false;
  }
  return true;
}

/**
 * One document (or one element of it: `from`–`to`) being scanned. The stack holds each open
 * element's name and where its local name's bytes are, so an end tag is matched by its bytes.
 */
class Scan {
  private readonly names: string[] = [];
  private readonly localSpans: number[] = [];
  private readonly tag: Attributes;
  private rootSeen = false;

  constructor(
    private readonly b: Uint8Array,
    private readonly events: XmlEvents,
    private readonly table: NameTable,
    private readonly end: number
  ) {
    this.tag = new Attributes(b);
  }

  private wants(): boolean {
    return this.events.wantText?.() ?? false;
  }

  run(from: number): void {
    const b = this.b;
    let i = from;
    while (i < this.end) {
      const lt = b.indexOf(LT, i);
      const textEnd = lt < 0 || lt >= this.end ? this.end : lt;
      if (!this.names.length) this.checkOutside(i, textEnd);
      else if (textEnd > i && this.wants()) this.events.text!(decodeXml(utf8Slice(b, i, textEnd)));
      if (textEnd === this.end) break;
      const next = b[lt + 1];
      if (next === 0x21 /* ! */) i = this.declaration(lt);
      else if (next === 0x3f /* ? */) i = this.skipPast(lt, 2, "?>");
      else if (next === SLASH) i = this.endTag(lt);
      else {
        if (!this.names.length && this.rootSeen) malformed("a second root element");
        this.rootSeen = true;
        i = this.startTag(lt);
      }
    }
    if (this.names.length) malformed(`unclosed element <${this.names[this.names.length - 1]}>`);
    if (!this.rootSeen) malformed("no root element");
  }

  /** Text outside the root element may only be white space. */
  private checkOutside(from: number, to: number): void {
    for (let k = from; k < to; k++) if (!isSpace(this.b[k])) malformed("text outside the root");
  }

  /** Parses a start tag at `lt` ('<' then a name); returns the index after its '>'. */
  private startTag(lt: number): number {
    const b = this.b;
    const end = nameEnd(b, lt + 1);
    if (end === lt + 1) malformed("empty element name");
    const local = localStart(b, lt + 1, end);
    const name = this.table.name(b, local, end);
    const i = attributeSpans(b, end);
    if (i >= this.end) malformed("unclosed start tag");
    const attrs = this.tag.at(end);
    if (b[i] === GT) {
      this.events.open(name, attrs, false, lt);
      this.names.push(name);
      this.localSpans.push(local, end);
      return i + 1;
    }
    if (b[i + 1] !== GT || i + 1 >= this.end) malformed("'/' not followed by '>'");
    this.events.open(name, attrs, true, lt);
    this.events.close(name, lt);
    return i + 2;
  }

  /** Index after the construct starting with `open` at `lt` and ending with `close`. */
  private skipPast(lt: number, open: number, close: string): number {
    const end = indexOfSeq(this.b, close, lt + open);
    if (end < 0 || end + close.length > this.end) malformed(`unclosed ${close}`);
    return end + close.length;
  }

  /** A comment, a CDATA section (its text given when wanted) or a refused DOCTYPE at `lt`. */
  private declaration(lt: number): number {
    const b = this.b;
    if (startsWithAscii(b, lt, "<!--")) return this.skipPast(lt, 4, "-->");
    if (startsWithAscii(b, lt, "<![CDATA[")) {
      const end = this.skipPast(lt, 9, "]]>");
      if (this.names.length && this.wants()) this.events.text!(utf8Slice(b, lt + 9, end - 3));
      return end;
    }
    if (startsWithAscii(b, lt, "<!DOCTYPE", true)) throw new LimitExceeded("dtd", t("problem.dtd"));
    return malformed("unknown declaration");
  }

  private endTag(lt: number): number {
    const b = this.b;
    const end = b.indexOf(GT, lt + 2);
    if (end < 0 || end >= this.end) malformed("unclosed end tag");
    let nameEnd = end;
    while (nameEnd > lt + 2 && isSpace(b[nameEnd - 1])) nameEnd--;
    const name = this.names.pop();
    const spanEnd = this.localSpans.pop()!;
    const spanStart = this.localSpans.pop()!;
    if (name === undefined || !this.closes(lt + 2, nameEnd, spanStart, spanEnd))
      malformed(`end tag </${utf8Slice(b, lt + 2, nameEnd)}> does not match`);
    this.events.close(name!, lt);
    return end + 1;
  }

  /**
   * Does the end tag's name b[start, end) close the element whose local name is b[from, to)?
   * Its prefix may differ; the local names must be equal (compared as text when the bytes are
   * not, as damaged UTF-8 decodes alike).
   */
  private closes(start: number, end: number, from: number, to: number): boolean {
    const b = this.b;
    const local = end - (to - from);
    if (local >= start) {
      let k = 0;
      while (k < to - from && b[local + k] === b[from + k]) k++;
      if (k === to - from && (local === start || b[local - 1] === COLON)) return true;
    }
    const text = utf8Slice(b, start, end);
    const name = utf8Slice(b, from, to);
    return text === name || text.endsWith(":" + name);
  }
}

/**
 * Scans a part's bytes (UTF-8, as `partBytes` gives every part), or just the element at
 * `from`–`to` as if it were the whole document.
 */
export function scanXmlBytes(
  bytes: Uint8Array,
  events: XmlEvents,
  from = 0,
  to = bytes.length
): void {
  let i = from;
  // The decoder of a whole part drops one byte-order mark and the scan skipped one more.
  for (let k = 0; k < 2 && startsWithBom(bytes, i); k++) i += 3;
  new Scan(bytes, events, NAMES, to).run(i);
}

const NAMES = new NameTable();

const startsWithBom = (b: Uint8Array, i: number) =>
  b[i] === 0xef && b[i + 1] === 0xbb && b[i + 2] === 0xbf;

/** A text scanned as its UTF-8 bytes (positions in events are byte offsets). */
export function scanXml(xml: string, events: XmlEvents): void {
  scanXmlBytes(encoder.encode(xml), events);
}

/** A part's bytes as UTF-8 to scan: UTF-8 as is (with or without BOM), UTF-16 (with its BOM) converted. */
export function partBytes(bytes: Uint8Array): Uint8Array {
  let encoding: string | null = null;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) encoding = "utf-16le";
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) encoding = "utf-16be";
  if (encoding === null) return bytes;
  // The mark kept (as U+FEFF, three bytes in UTF-8): the scan drops it as it drops UTF-8's.
  return encoder.encode(new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes));
}
