/**
 * A lean .xlsx reader: just what this tool needs (sheets, defined names, cell values and
 * formulas, validations, protection, locked flags), straight from the package's XML. It reads
 * files written by exceljs, Excel, WPS and LibreOffice alike (LibreOffice writes booleans as
 * true/false, which exceljs 4.4 misreads for protection and `locked`).
 */
import JSZip from "jszip";
import { XMLParser } from "fast-xml-parser";
import type { CellValue } from "../sheet-kit/plan-types";
import { t } from "../strings";
import { DEFAULT_LIMITS, LimitExceeded, type ReadLimits } from "./read-limits";
import { crc32, readZipDirectory, type ZipDirectory } from "./zip-directory";

export interface RawCell {
  value: CellValue;
  formula?: string;
  styleIndex?: number;
}

export interface SheetEntry {
  name: string;
  index: number;
  path: string;
}

export interface DefinedNameEntry {
  name: string;
  localSheetId?: number;
  ref: string;
}

export interface DataValidationEntry {
  sqref: string;
  type?: string;
  operator?: string;
  errorStyle?: string;
  formula1?: string;
  formula2?: string;
  promptTitle?: string;
  prompt?: string;
  errorTitle?: string;
  error?: string;
}

export interface SheetContent {
  cells: Map<string, RawCell>;
  validations: DataValidationEntry[];
  /** True when <sheetProtection sheet="1|true"> is present. */
  protected: boolean;
}

const ARRAYS = new Set([
  "sheet",
  "definedName",
  "Relationship",
  "si",
  "r",
  "row",
  "c",
  "dataValidation",
  "xf",
]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  removeNSPrefix: true,
  isArray: (name) => ARRAYS.has(name),
});

type Node = Record<string, any>;

/** OOXML never declares a DTD; one that does could expand entities without bound. */
function parseXml(xml: string): any {
  if (/<!DOCTYPE/i.test(xml)) throw new LimitExceeded("dtd", t("problem.dtd"));
  return parser.parse(xml);
}

export function xmlTrue(v: unknown): boolean {
  return v === "1" || v === "true" || v === 1 || v === true;
}

/** Text content of a node that may be a string, { "#text" }, or rich-text runs. */
function textOf(node: unknown): string {
  if (node === undefined || node === null) return "";
  if (typeof node === "string" || typeof node === "number") return String(node);
  const n = node as Node;
  if (n.t !== undefined || n.r !== undefined) {
    const own = n.t !== undefined ? textOf(n.t) : "";
    const runs = Array.isArray(n.r) ? n.r.map((r: Node) => textOf(r.t)).join("") : "";
    return own + runs;
  }
  return n["#text"] !== undefined ? String(n["#text"]) : "";
}

function resolveTarget(target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = ("xl/" + target).split("/");
  const out: string[] = [];
  for (const p of parts) {
    if (p === "..") out.pop();
    else if (p !== ".") out.push(p);
  }
  return out.join("/");
}

export class XlsxPackage {
  private sharedStringsCache?: string[];
  private lockedCache?: boolean[];

  private constructor(
    private readonly parts: PartReader,
    readonly sheets: SheetEntry[],
    readonly names: DefinedNameEntry[],
    private readonly limits: ReadLimits
  ) {}

  static async open(
    data: Uint8Array | ArrayBuffer,
    limits: ReadLimits = DEFAULT_LIMITS
  ): Promise<XlsxPackage> {
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    const directory = readZipDirectory(bytes);
    if (!directory) throw new Error("zip central directory missing or damaged");
    const parts = new PartReader(await JSZip.loadAsync(bytes), directory);
    const workbookXml = await parts.text("xl/workbook.xml");
    if (workbookXml === undefined) throw new Error("no xl/workbook.xml: not an Excel workbook");
    const relsXml = (await parts.text("xl/_rels/workbook.xml.rels")) ?? "";
    const rels = new Map<string, string>();
    for (const r of (parseXml(relsXml)?.Relationships?.Relationship ?? []) as Node[]) {
      rels.set(r["@_Id"], resolveTarget(String(r["@_Target"])));
    }
    const wb = parseXml(workbookXml).workbook as Node;
    const sheetCount = ((wb.sheets?.sheet ?? []) as Node[]).length;
    if (sheetCount > limits.maxSheets) {
      throw new LimitExceeded(
        "too-many-sheets",
        t("problem.tooManySheets", { count: sheetCount, limit: limits.maxSheets })
      );
    }
    const sheets: SheetEntry[] = ((wb.sheets?.sheet ?? []) as Node[]).map((s, index) => ({
      name: String(s["@_name"]),
      index,
      path: rels.get(s["@_id"]) ?? `xl/worksheets/sheet${index + 1}.xml`,
    }));
    const names: DefinedNameEntry[] = ((wb.definedNames?.definedName ?? []) as Node[]).map((d) => ({
      name: String(d["@_name"]),
      localSheetId: d["@_localSheetId"] === undefined ? undefined : Number(d["@_localSheetId"]),
      ref: textOf(d).trim(),
    }));
    return new XlsxPackage(parts, sheets, names, limits);
  }

  async sharedStrings(): Promise<string[]> {
    if (!this.sharedStringsCache) {
      const xml = await this.parts.text("xl/sharedStrings.xml");
      if (xml && /<!DOCTYPE/i.test(xml)) throw new LimitExceeded("dtd", t("problem.dtd"));
      this.sharedStringsCache = xml ? scanElements(xml, "si").map((si) => runText(si.inner)) : [];
    }
    return this.sharedStringsCache;
  }

  /** Per cellXfs index: is the cell locked? (Locked unless protection says locked="0|false".) */
  async lockedByStyle(): Promise<boolean[]> {
    if (!this.lockedCache) {
      const xml = await this.parts.text("xl/styles.xml");
      const xfs = xml ? ((parseXml(xml)?.styleSheet?.cellXfs?.xf ?? []) as Node[]) : [];
      this.lockedCache = xfs.map((xf) => {
        const locked = xf.protection?.["@_locked"];
        return locked === undefined ? true : xmlTrue(locked);
      });
    }
    return this.lockedCache;
  }

  async readSheet(index: number): Promise<SheetContent> {
    const entry = this.sheets[index];
    const xml = entry ? await this.parts.text(entry.path) : undefined;
    if (xml === undefined) throw new Error(`worksheet ${index} missing`);
    if (/<!DOCTYPE/i.test(xml)) throw new LimitExceeded("dtd", t("problem.dtd"));
    let cellCount = 0;
    for (let i = xml.indexOf("<c "); i >= 0; i = xml.indexOf("<c ", i + 3)) cellCount++;
    if (cellCount > this.limits.maxCells) {
      throw new LimitExceeded(
        "too-many-cells",
        t("problem.tooManyCells", {
          sheet: entry.name,
          count: cellCount,
          limit: this.limits.maxCells,
        })
      );
    }
    const strings = await this.sharedStrings();
    const cells = new Map<string, RawCell>();
    // Cells are scanned rather than parsed into a tree: consolidation needs a few dozen values of each sheet.
    for (const c of scanElements(xml, "c")) {
      const ref = c.attrs.r;
      if (!ref) continue;
      const f = /<(?:\w+:)?f\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?f>)/.exec(c.inner);
      const v = /<(?:\w+:)?v\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?v>)/.exec(c.inner);
      const is = /<(?:\w+:)?is\b[^>]*>([\s\S]*?)<\/(?:\w+:)?is>/.exec(c.inner);
      const cell: RawCell = {
        value: cellValue(
          c.attrs.t,
          v ? decodeXml(v[1] ?? "") : undefined,
          is ? runText(is[1]) : undefined,
          strings
        ),
      };
      if (f) cell.formula = decodeXml(f[1] ?? "");
      if (c.attrs.s !== undefined) cell.styleIndex = Number(c.attrs.s);
      cells.set(ref, cell);
    }
    const dv = /<(?:\w+:)?dataValidations\b[\s\S]*?<\/(?:\w+:)?dataValidations>/.exec(xml);
    const validations = (
      (dv ? (parseXml(dv[0]).dataValidations?.dataValidation ?? []) : []) as Node[]
    ).map((v) => ({
      sqref: String(v["@_sqref"] ?? ""),
      type: v["@_type"],
      operator: v["@_operator"],
      errorStyle: v["@_errorStyle"],
      formula1: v.formula1 === undefined ? undefined : textOf(v.formula1),
      formula2: v.formula2 === undefined ? undefined : textOf(v.formula2),
      promptTitle: v["@_promptTitle"],
      prompt: v["@_prompt"],
      errorTitle: v["@_errorTitle"],
      error: v["@_error"],
    }));
    const protection = /<(?:\w+:)?sheetProtection\b([^>]*)\/?>/.exec(xml);
    const sheetAttr = protection ? attributes(protection[1]).sheet : undefined;
    return { cells, validations, protected: xmlTrue(sheetAttr) };
  }
}

/** Reads parts of the package, verifying each against the CRC-32 the zip's directory declares. */
class PartReader {
  private readonly decoder = new TextDecoder();
  constructor(
    private readonly zip: JSZip,
    private readonly directory: ZipDirectory
  ) {}

  async text(name: string): Promise<string | undefined> {
    const file = this.zip.file(name);
    if (!file) return undefined;
    const bytes = await file.async("uint8array");
    const expected = this.directory.crc32.get(name);
    if (expected !== undefined && crc32(bytes) !== expected)
      throw new Error(`CRC32 mismatch in ${name}`);
    return this.decoder.decode(bytes);
  }
}

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

export function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (whole, e: string) => {
    if (e[0] !== "#") return ENTITIES[e.toLowerCase()] ?? whole;
    const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

function attributes(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of text.matchAll(/([\w:]+)\s*=\s*"([^"]*)"/g))
    out[m[1].replace(/^\w+:/, "")] = decodeXml(m[2]);
  return out;
}

/** Every <tag …>…</tag> or <tag …/> (any namespace prefix), with its attributes and inner XML. */
function scanElements(
  xml: string,
  tag: string
): { attrs: Record<string, string>; inner: string }[] {
  const re = new RegExp(
    `<(?:\\w+:)?${tag}\\b([^>]*?)(?:\\/>|>([\\s\\S]*?)<\\/(?:\\w+:)?${tag}>)`,
    "g"
  );
  const out: { attrs: Record<string, string>; inner: string }[] = [];
  for (const m of xml.matchAll(re)) out.push({ attrs: attributes(m[1]), inner: m[2] ?? "" });
  return out;
}

/** The text of a string item or inline string: every <t>, phonetic runs (<rPh>) left out. */
function runText(inner: string): string {
  const withoutPhonetic = inner.replace(/<(?:\w+:)?rPh\b[\s\S]*?<\/(?:\w+:)?rPh>/g, "");
  let text = "";
  for (const m of withoutPhonetic.matchAll(/<(?:\w+:)?t\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?t>)/g))
    text += decodeXml(m[1] ?? "");
  return text;
}

function cellValue(
  type: string | undefined,
  v: string | undefined,
  inline: string | undefined,
  strings: string[]
): CellValue {
  if (type === "inlineStr") return inline ?? "";
  if (v === undefined) return null;
  switch (type) {
    case "s":
      return strings[Number(v)] ?? "";
    case "str":
    case "e":
    case "d":
      return v;
    case "b":
      return xmlTrue(v);
    default: {
      const n = Number(v);
      return v.trim() === "" || !Number.isFinite(n) ? v : n;
    }
  }
}
