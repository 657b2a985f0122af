/**
 * A streaming XML tokenizer for the parts of an .xlsx: one pass, each character looked at a
 * bounded number of times (no backtracking, so no input makes it slow), events for elements and
 * text. It knows comments, CDATA sections, processing instructions, namespace prefixes (element
 * and attribute names are given without them), either quote in attributes, and '>' inside
 * attribute values; it refuses a DOCTYPE (entity expansion) and anything not well-formed.
 */
import { t } from "../strings";
import { LimitExceeded } from "./read-limits";

export interface XmlEvents {
  /** An element opens at index `at` (its '<'); `empty` when it is also closed (<x/>). */
  open(name: string, attrs: Attributes, empty: boolean, at: number): void;
  /** An element closes; `at` is the index of its end tag's '<' (of the '<' of <x/>). */
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

function localName(name: string): string {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

/** Index just past the end of a name starting at `i`. */
function nameEnd(xml: string, i: number): number {
  while (i < xml.length) {
    const c = xml.charCodeAt(i);
    if (isSpace(c) || c === 0x2f /* / */ || c === 0x3e /* > */ || c === 0x3d /* = */) break;
    i++;
  }
  return i;
}

function skipSpace(xml: string, i: number): number {
  while (i < xml.length && isSpace(xml.charCodeAt(i))) i++;
  return i;
}

const malformed = (what: string): never => {
  throw new XmlMalformed(`XML: ${what}`);
};

/**
 * An element's attributes, prefixes dropped from their names, entities decoded. The tokenizer
 * only checks their syntax; they are taken apart the first time a handler asks, so the many
 * elements whose attributes nobody reads cost no allocation.
 */
export class Attributes {
  private from = 0;

  constructor(private readonly xml: string) {}

  /**
   * The tokenizer reuses one instance for every element of a document (no allocation per
   * element): a handler reads what it needs during `open`, and keeps no reference to it.
   */
  at(from: number): this {
    this.from = from;
    return this;
  }

  /** One attribute's value, found by walking the tag (no allocation but the value itself). */
  get(name: string): string | undefined {
    let found: string | undefined;
    attributeSpans(this.xml, this.from, (nameStart, nameEnd, valueStart, valueEnd) => {
      if (!sameLocalName(this.xml, nameStart, nameEnd, name)) return false;
      found = detach(decodeXml(this.xml.slice(valueStart, valueEnd)));
      return true;
    });
    return found;
  }

  all(): Record<string, string> {
    const out: Record<string, string> = {};
    attributeSpans(this.xml, this.from, (nameStart, nameEnd, valueStart, valueEnd) => {
      out[localName(this.xml.slice(nameStart, nameEnd))] = decodeXml(
        this.xml.slice(valueStart, valueEnd)
      );
      return false;
    });
    return out;
  }
}

/** Is xml[start, end) — without its prefix — the name `name`? */
function sameLocalName(xml: string, start: number, end: number, name: string): boolean {
  const local = end - name.length;
  if (local < start || !xml.startsWith(name, local)) return false;
  return local === start || xml.charCodeAt(local - 1) === 0x3a; /* : */
}

/**
 * Walks a start tag's attributes from `i` (just after the element's name) and returns the index
 * of its closing '>' or '/>'. `each` is given every attribute's name and value spans, and stops
 * the walk by returning true. Malformed syntax throws. One pass; the only search that can go far
 * (an unclosed quote) ends the scan.
 */
function attributeSpans(
  xml: string,
  i: number,
  each?: (nameStart: number, nameEnd: number, valueStart: number, valueEnd: number) => boolean
): number {
  for (;;) {
    i = skipSpace(xml, i);
    if (i >= xml.length) return malformed("unclosed start tag");
    const c = xml.charCodeAt(i);
    if (c === 0x3e /* > */ || c === 0x2f /* / */) return i;
    const attrEnd = nameEnd(xml, i);
    if (attrEnd === i) malformed("attribute without a name");
    const name = i;
    i = skipSpace(xml, attrEnd);
    if (xml.charCodeAt(i) !== 0x3d) malformed("attribute without '='");
    i = skipSpace(xml, i + 1);
    const quote = xml[i];
    if (quote !== '"' && quote !== "'") malformed("attribute value without quotes");
    const close = xml.indexOf(quote, i + 1);
    if (close < 0) malformed("unclosed attribute value");
    if (each?.(name, attrEnd, i + 1, close)) return i;
    i = close + 1;
  }
}

/** Parses a start tag at `lt` ('<' then a name); returns the index after its '>'. */
function startTag(
  xml: string,
  lt: number,
  events: XmlEvents,
  stack: string[],
  tag: Attributes
): number {
  const end = nameEnd(xml, lt + 1);
  if (end === lt + 1) malformed("empty element name");
  const name = localName(xml.slice(lt + 1, end));
  const i = attributeSpans(xml, end);
  const attrs = tag.at(end);
  if (xml.charCodeAt(i) === 0x3e) {
    events.open(name, attrs, false, lt);
    stack.push(name);
    return i + 1;
  }
  if (xml.charCodeAt(i + 1) !== 0x3e) malformed("'/' not followed by '>'");
  events.open(name, attrs, true, lt);
  events.close(name, lt);
  return i + 2;
}

/** Index after the construct starting with `open` at `lt` and ending with `close`. */
function skipPast(xml: string, lt: number, open: number, close: string): number {
  const end = xml.indexOf(close, lt + open);
  if (end < 0) malformed(`unclosed ${close}`);
  return end + close.length;
}

/** Text outside the root element may only be white space. */
function checkOutside(xml: string, from: number, to: number): void {
  for (let k = from; k < to; k++)
    if (!isSpace(xml.charCodeAt(k))) malformed("text outside the root");
}

export function scanXml(xml: string, events: XmlEvents): void {
  const stack: string[] = [];
  const wants = () => events.wantText?.() ?? false;
  let rootSeen = false;
  const tag = new Attributes(xml);
  let i = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (i < xml.length) {
    const lt = xml.indexOf("<", i);
    const textEnd = lt < 0 ? xml.length : lt;
    if (!stack.length) checkOutside(xml, i, textEnd);
    else if (textEnd > i && wants()) events.text!(decodeXml(xml.slice(i, textEnd)));
    if (lt < 0) break;
    const next = xml.charCodeAt(lt + 1);
    if (next === 0x21 /* ! */) i = declaration(xml, lt, events, stack.length > 0 && wants());
    else if (next === 0x3f /* ? */) i = skipPast(xml, lt, 2, "?>");
    else if (next === 0x2f /* / */) i = endTag(xml, lt, events, stack);
    else {
      if (!stack.length && rootSeen) malformed("a second root element");
      rootSeen = true;
      i = startTag(xml, lt, events, stack, tag);
    }
  }
  if (stack.length) malformed(`unclosed element <${stack[stack.length - 1]}>`);
  if (!rootSeen) malformed("no root element");
}

/** A comment, a CDATA section (its text given when wanted) or a refused DOCTYPE at `lt`. */
function declaration(xml: string, lt: number, events: XmlEvents, wantText: boolean): number {
  if (xml.startsWith("<!--", lt)) return skipPast(xml, lt, 4, "-->");
  if (xml.startsWith("<![CDATA[", lt)) {
    const end = skipPast(xml, lt, 9, "]]>");
    if (wantText) events.text!(xml.slice(lt + 9, end - 3));
    return end;
  }
  if (/^<!DOCTYPE/i.test(xml.slice(lt, lt + 9))) throw new LimitExceeded("dtd", t("problem.dtd"));
  return malformed("unknown declaration");
}

function endTag(xml: string, lt: number, events: XmlEvents, stack: string[]): number {
  const end = xml.indexOf(">", lt + 2);
  if (end < 0) malformed("unclosed end tag");
  let nameEnd = end;
  while (nameEnd > lt + 2 && isSpace(xml.charCodeAt(nameEnd - 1))) nameEnd--;
  const name = stack.pop();
  if (name === undefined || !sameLocalName(xml, lt + 2, nameEnd, name))
    malformed(`end tag </${xml.slice(lt + 2, nameEnd)}> does not match`);
  events.close(name!, lt);
  return end + 1;
}

/** A part's bytes as text: UTF-8 (with or without BOM), or UTF-16 with its BOM. */
export function decodePart(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  return utf8(bytes);
}

const decoder = new TextDecoder("utf-8");

function utf8(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}
