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
  open(name: string, attrs: Record<string, string>, empty: boolean, at: number): void;
  /** An element closes; `at` is the index of its end tag's '<' (of the '<' of <x/>). */
  close(name: string, at: number): void;
  /** Character data with entities decoded (CDATA as is). Only called when `wantText()` says so. */
  text?(text: string): void;
  wantText?(): boolean;
}

export class XmlMalformed extends Error {}

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

const localName = (name: string) => {
  const colon = name.indexOf(":");
  return colon < 0 ? name : name.slice(colon + 1);
};

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

/** Parses a start tag at `lt` ('<' then a name); returns the index after its '>'. */
function startTag(xml: string, lt: number, events: XmlEvents, stack: string[]): number {
  const end = nameEnd(xml, lt + 1);
  if (end === lt + 1) malformed("empty element name");
  const name = localName(xml.slice(lt + 1, end));
  const attrs: Record<string, string> = {};
  let i = end;
  for (;;) {
    i = skipSpace(xml, i);
    if (i >= xml.length) return malformed("unclosed start tag");
    const c = xml.charCodeAt(i);
    if (c === 0x3e) {
      events.open(name, attrs, false, lt);
      stack.push(name);
      return i + 1;
    }
    if (c === 0x2f) {
      if (xml.charCodeAt(i + 1) !== 0x3e) malformed("'/' not followed by '>'");
      events.open(name, attrs, true, lt);
      events.close(name, lt);
      return i + 2;
    }
    const attrEnd = nameEnd(xml, i);
    if (attrEnd === i) malformed("attribute without a name");
    const attr = localName(xml.slice(i, attrEnd));
    i = skipSpace(xml, attrEnd);
    if (xml.charCodeAt(i) !== 0x3d) malformed("attribute without '='");
    i = skipSpace(xml, i + 1);
    const quote = xml[i];
    if (quote !== '"' && quote !== "'") malformed("attribute value without quotes");
    const close = xml.indexOf(quote, i + 1);
    if (close < 0) malformed("unclosed attribute value");
    attrs[attr] = decodeXml(xml.slice(i + 1, close));
    i = close + 1;
  }
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
      i = startTag(xml, lt, events, stack);
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
  const name = localName(xml.slice(lt + 2, end).trim());
  if (stack.pop() !== name) malformed(`end tag </${name}> does not match`);
  events.close(name, lt);
  return end + 1;
}

/** A part's bytes as text: UTF-8 (with or without BOM), or UTF-16 with its BOM. */
export function decodePart(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  return new TextDecoder("utf-8").decode(bytes);
}
