/**
 * A lean .xlsx reader: just what this tool needs (sheets, defined names, cell values and
 * formulas, validations, protection, locked flags), straight from the package's XML through one
 * tokenizer (xml-scan.ts) over a zip read without trusting it (zip-archive.ts). Each part is
 * inflated and scanned at most once. It reads files written by exceljs, Excel, WPS and
 * LibreOffice alike (LibreOffice writes booleans as true/false).
 */
import { t } from "../strings";
import { DEFAULT_LIMITS, LimitExceeded, type ReadLimits } from "./read-limits";
import { ZipArchive } from "./zip-archive";
import { partBytes } from "./xml-scan";
import {
  readLockedStyles,
  readRelationships,
  readSheetPart,
  readWorkbookPart,
  SharedStrings,
  type DefinedNameEntry,
  type SheetContent,
} from "./xlsx-parts";

export { xmlTrue } from "./xlsx-parts";
export { decodeXml } from "./xml-scan";
export type { DataValidationEntry, DefinedNameEntry, RawCell, SheetContent } from "./xlsx-parts";

export interface SheetEntry {
  name: string;
  index: number;
  path: string;
  /** Hidden or very hidden (workbook.xml's state): a reader decides what that means. */
  hidden: boolean;
}

/** The workbook part is missing: not a spreadsheet package (a .docx, a plain zip …). */
export class NotAWorkbook extends Error {
  constructor() {
    super("no xl/workbook.xml: not an Excel workbook");
  }
}

/** A relationship target as a part name: relative to xl/, or absolute from the package root. */
function resolveTarget(target: string, base = "xl/"): string {
  if (target.startsWith("/")) return target.slice(1);
  const out: string[] = [];
  for (const p of (base + target).split("/")) {
    if (p === "..") out.pop();
    else if (p !== "." && p !== "") out.push(p);
  }
  return out.join("/");
}

export class XlsxPackage {
  private sharedStringsCache?: Promise<SharedStrings>;
  private lockedCache?: Promise<boolean[]>;
  private readonly sheetCache = new Map<string, Promise<SheetContent>>();

  private constructor(
    private readonly zip: ZipArchive,
    readonly sheets: SheetEntry[],
    readonly names: DefinedNameEntry[],
    private readonly limits: ReadLimits
  ) {}

  static async open(
    data: Uint8Array | ArrayBuffer,
    limits: ReadLimits = DEFAULT_LIMITS
  ): Promise<XlsxPackage> {
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    const zip = ZipArchive.open(bytes, limits);
    const workbookXml = await xmlOf(zip, "xl/workbook.xml");
    if (workbookXml === undefined) throw new NotAWorkbook();
    const relsXml = await xmlOf(zip, "xl/_rels/workbook.xml.rels");
    const rels = hasText(relsXml) ? readRelationships(relsXml, resolveTarget) : new Map();
    const workbook = readWorkbookPart(workbookXml, limits.maxNames);
    if (workbook.sheets.length > limits.maxSheets)
      throw tooManySheets(workbook.sheets.length, limits);
    const sheets = workbook.sheets.map((s, index) => ({
      name: s.name,
      index,
      path: rels.get(s.id) ?? `xl/worksheets/sheet${index + 1}.xml`,
      hidden: s.hidden,
    }));
    return new XlsxPackage(zip, sheets, workbook.names, limits);
  }

  /** Parts and bytes inflated so far: each part at most once, whatever is asked. */
  get inflatedSoFar(): { parts: number; bytes: number } {
    return { ...this.zip.inflatedSoFar };
  }

  /** Shared strings, each decoded when first asked for. */
  sharedStrings(): Promise<SharedStrings> {
    this.sharedStringsCache ??= xmlOf(this.zip, "xl/sharedStrings.xml").then((xml) =>
      hasText(xml) ? SharedStrings.read(xml) : SharedStrings.none
    );
    return this.sharedStringsCache;
  }

  /** Per cellXfs index: is the cell locked? (Locked unless protection says locked="0|false".) */
  lockedByStyle(): Promise<boolean[]> {
    this.lockedCache ??= xmlOf(this.zip, "xl/styles.xml").then((xml) =>
      hasText(xml) ? readLockedStyles(xml) : []
    );
    return this.lockedCache;
  }

  /**
   * A sheet's content; sheets that share one part are read once. With `only`, just those cells
   * are kept (and no validations): what a reader that knows its addresses needs, in little memory.
   * One package is read either with `only` (the same set each time) or without it.
   */
  readSheet(index: number, only?: ReadonlySet<string>): Promise<SheetContent> {
    const entry = this.sheets[index];
    if (!entry) return Promise.reject(new Error(`worksheet ${index} missing`));
    let content = this.sheetCache.get(entry.path);
    if (!content) {
      content = this.loadSheet(entry, only);
      this.sheetCache.set(entry.path, content);
    }
    return content;
  }

  private async loadSheet(entry: SheetEntry, only?: ReadonlySet<string>): Promise<SheetContent> {
    const xml = await xmlOf(this.zip, entry.path);
    if (xml === undefined) throw new Error(`worksheet ${entry.index} missing`);
    const strings = await this.sharedStrings();
    return readSheetPart(xml, entry.name, this.limits.maxCells, () => strings, only);
  }
}

/** A part's bytes as UTF-8 to scan (tokenized as bytes, never decoded whole), or undefined. */
async function xmlOf(zip: ZipArchive, name: string): Promise<Uint8Array | undefined> {
  const part = zip.read(name);
  return part ? partBytes(await part) : undefined;
}

/** Does the part hold any text (an empty part, or one of just a byte-order mark, holds none)? */
function hasText(xml: Uint8Array | undefined): xml is Uint8Array {
  if (!xml || xml.length === 0) return false;
  return !(xml.length === 3 && xml[0] === 0xef && xml[1] === 0xbb && xml[2] === 0xbf);
}

function tooManySheets(count: number, limits: ReadLimits): LimitExceeded {
  return new LimitExceeded(
    "too-many-sheets",
    t("problem.tooManySheets", { count, limit: limits.maxSheets })
  );
}
