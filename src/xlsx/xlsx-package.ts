/**
 * A lean .xlsx reader: just what this tool needs (sheets, defined names, cell values and
 * formulas, validations, protection, locked flags), straight from the package's XML. It reads
 * files written by exceljs, Excel, WPS and LibreOffice alike (LibreOffice writes booleans as
 * true/false, which exceljs 4.4 misreads for protection and `locked`).
 */
import JSZip from "jszip";
import { XMLParser } from "fast-xml-parser";
import type { CellValue } from "../layout/plan-types";
import { t } from "../strings";
import { DEFAULT_LIMITS, LimitExceeded, type ReadLimits } from "./read-limits";

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
    private readonly zip: JSZip,
    readonly sheets: SheetEntry[],
    readonly names: DefinedNameEntry[],
    private readonly limits: ReadLimits
  ) {}

  static async open(
    data: Uint8Array | ArrayBuffer,
    limits: ReadLimits = DEFAULT_LIMITS
  ): Promise<XlsxPackage> {
    // CRC-32 checked: a damaged entry must fail, not inflate to different (wrong) content.
    const zip = await JSZip.loadAsync(data, { checkCRC32: true });
    const workbookXml = await zip.file("xl/workbook.xml")?.async("string");
    if (workbookXml === undefined) throw new Error("no xl/workbook.xml: not an Excel workbook");
    const relsXml = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
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
    return new XlsxPackage(zip, sheets, names, limits);
  }

  async sharedStrings(): Promise<string[]> {
    if (!this.sharedStringsCache) {
      const xml = await this.zip.file("xl/sharedStrings.xml")?.async("string");
      const items = xml ? ((parseXml(xml)?.sst?.si ?? []) as Node[]) : [];
      this.sharedStringsCache = items.map((si) => textOf(si));
    }
    return this.sharedStringsCache;
  }

  /** Per cellXfs index: is the cell locked? (Locked unless protection says locked="0|false".) */
  async lockedByStyle(): Promise<boolean[]> {
    if (!this.lockedCache) {
      const xml = await this.zip.file("xl/styles.xml")?.async("string");
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
    const xml = entry ? await this.zip.file(entry.path)?.async("string") : undefined;
    if (xml === undefined) throw new Error(`worksheet ${index} missing`);
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
    const ws = parseXml(xml).worksheet as Node;
    const strings = await this.sharedStrings();
    const cells = new Map<string, RawCell>();
    for (const row of (ws.sheetData?.row ?? []) as Node[]) {
      for (const c of (row.c ?? []) as Node[]) {
        const ref = String(c["@_r"]);
        const cell: RawCell = { value: cellValue(c, strings) };
        if (c.f !== undefined) cell.formula = textOf(c.f);
        if (c["@_s"] !== undefined) cell.styleIndex = Number(c["@_s"]);
        cells.set(ref, cell);
      }
    }
    const validations = ((ws.dataValidations?.dataValidation ?? []) as Node[]).map((v) => ({
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
    return { cells, validations, protected: xmlTrue(ws.sheetProtection?.["@_sheet"]) };
  }
}

function cellValue(c: Node, strings: string[]): CellValue {
  const type = c["@_t"];
  if (type === "inlineStr") return textOf(c.is);
  const v = c.v === undefined ? undefined : textOf(c.v);
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
