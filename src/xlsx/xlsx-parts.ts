/**
 * What the reader takes from each kind of part, through the one tokenizer (xml-scan.ts):
 * relationships, the workbook's sheets and defined names, shared strings, which styles lock a
 * cell, and a worksheet's cells, validations and protection. Anything inside <extLst> (future
 * extensions) is ignored, as Excel does for extensions it does not know.
 */
import { address, parseAddress } from "../sheet-kit/cell-address";
import { parseDecimal } from "../sheet-kit/decimal";
import type { CellValue } from "../sheet-kit/plan-types";
import { t } from "../strings";
import { LimitExceeded } from "./read-limits";
import { detach, scanXml, type Attributes, type XmlEvents } from "./xml-scan";

export interface RawCell {
  value: CellValue;
  formula?: string;
  styleIndex?: number;
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

export interface DefinedNameEntry {
  name: string;
  localSheetId?: number;
  ref: string;
}

export function xmlTrue(v: unknown): boolean {
  return v === "1" || v === "true" || v === 1 || v === true;
}

/** Events with <extLst> skipped, and text gathered while capturing. */
abstract class PartEvents implements XmlEvents {
  private skipped = 0;
  private capturing = false;
  private buffer = "";

  open(name: string, attrs: Attributes, empty: boolean): void {
    // Every open is matched by a close (an empty element's too), so depth counting is exact.
    if (this.skipped || name === "extLst") this.skipped++;
    else this.onOpen(name, attrs, empty);
  }

  close(name: string): void {
    if (this.skipped) this.skipped--;
    else this.onClose(name);
  }

  wantText(): boolean {
    return this.capturing;
  }

  text(chunk: string): void {
    this.buffer += chunk;
  }

  protected capture(): void {
    this.capturing = true;
    this.buffer = "";
  }

  /** The text gathered since `capture()`, detached from the part it was cut from. */
  protected captured(): string {
    this.capturing = false;
    return detach(this.buffer);
  }

  protected abstract onOpen(name: string, attrs: Attributes, empty: boolean): void;
  protected abstract onClose(name: string): void;
}

/** Relationship Id → target, external targets left out. */
export function readRelationships(xml: string, resolve: (target: string) => string) {
  const rels = new Map<string, string>();
  scanXml(
    xml,
    new (class extends PartEvents {
      onOpen(name: string, a: Attributes) {
        if (name !== "Relationship") return;
        const [id, target] = [a.get("Id"), a.get("Target")];
        if (id && target && a.get("TargetMode") !== "External") rels.set(id, resolve(target));
      }
      onClose() {}
    })()
  );
  return rels;
}

/** The workbook's sheets (name and relationship id, in order) and defined names (at most `maxNames`). */
export function readWorkbookPart(xml: string, maxNames = Infinity) {
  const sheets: { name: string; id: string; hidden: boolean }[] = [];
  const names: DefinedNameEntry[] = [];
  scanXml(
    xml,
    new (class extends PartEvents {
      private current: { name: string; localSheetId?: number } | null = null;
      onOpen(name: string, a: Attributes) {
        if (name === "sheet") {
          const state = a.get("state");
          const hidden = state === "hidden" || state === "veryHidden";
          sheets.push({ name: a.get("name") ?? "", id: a.get("id") ?? "", hidden });
        } else if (name === "definedName") {
          if (names.length >= maxNames)
            throw new LimitExceeded(
              "too-many-names",
              t("problem.tooManyNames", { limit: maxNames })
            );
          const local = a.get("localSheetId");
          this.current = {
            name: a.get("name") ?? "",
            localSheetId: local !== undefined && /^\d+$/.test(local) ? Number(local) : undefined,
          };
          this.capture();
        }
      }
      onClose(name: string) {
        if (name === "definedName" && this.current) {
          names.push({ ...this.current, ref: this.captured().trim() });
          this.current = null;
        }
      }
    })()
  );
  return { sheets, names };
}

/** Text of string items (<si>) or an inline string: every <t>, phonetic runs (<rPh>) left out. */
abstract class RunTextEvents extends PartEvents {
  private phonetic = 0;
  protected runText = "";
  protected textOpen(name: string) {
    if (name === "rPh") this.phonetic++;
    else if (name === "t" && !this.phonetic) this.capture();
  }
  protected textClose(name: string) {
    if (name === "rPh") this.phonetic--;
    else if (name === "t" && !this.phonetic) this.runText += this.captured();
  }
}

export function readSharedStrings(xml: string): string[] {
  const strings: string[] = [];
  scanXml(
    xml,
    new (class extends RunTextEvents {
      onOpen(name: string) {
        if (name === "si") this.runText = "";
        else this.textOpen(name);
      }
      onClose(name: string) {
        if (name === "si") strings.push(this.runText);
        else this.textClose(name);
      }
    })()
  );
  return strings;
}

/** Per cellXfs index: is the cell locked? (Locked unless protection says locked="0|false".) */
export function readLockedStyles(xml: string): boolean[] {
  const locked: boolean[] = [];
  scanXml(
    xml,
    new (class extends PartEvents {
      private inCellXfs = false;
      onOpen(name: string, a: Attributes) {
        if (name === "cellXfs") this.inCellXfs = true;
        else if (this.inCellXfs && name === "xf") locked.push(true);
        else if (this.inCellXfs && name === "protection" && a.get("locked") !== undefined)
          locked[locked.length - 1] = xmlTrue(a.get("locked"));
      }
      onClose(name: string) {
        if (name === "cellXfs") this.inCellXfs = false;
      }
    })()
  );
  return locked;
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
      return /^\d+$/.test(v.trim()) ? (strings[Number(v)] ?? "") : "";
    case "str":
    case "e":
    case "d":
      return v;
    case "b":
      return xmlTrue(v);
    default:
      // Only decimal numerals are numbers ("0x10", "Infinity" and the like stay text).
      return parseDecimal(v) ?? v;
  }
}

/**
 * A cell that holds one of its parts twice (two <v>, two <f> or two <is>): the schema (CT_Cell:
 * f?, v?, is?) allows each at most once, and Excel does not open such a sheet as it is but
 * "repairs" it, so no reading of it is what the judge saw. Met on any cell of the sheet, named
 * or not: the sheet is not read (a problem at that cell), the other sheets of the file are.
 */
export class CellContentRepeated extends Error {
  readonly code = "duplicate-value";
  constructor(
    readonly sheet: string,
    readonly cell: string,
    readonly element: CellPart
  ) {
    super(
      t("problem.duplicateValue", { sheet, cell, element, part: t(`problem.cellPart.${element}`) })
    );
  }
}

/** A cell's own parts, each allowed once (CT_Cell), with its bit in `OpenCell.parts`. */
const CELL_PARTS = { f: 1, v: 2, is: 4 } as const;
type CellPart = keyof typeof CELL_PARTS;
const isCellPart = (name: string): name is CellPart =>
  name === "f" || name === "v" || name === "is";

interface OpenCell {
  ref: string;
  /** Kept (a reader that names the cells it wants, or every cell). */
  wanted: boolean;
  /** Which of its parts (CELL_PARTS) have been met. */
  parts: number;
  /** How deep inside the <c> the scan is (0: between its own children). */
  depth: number;
  type?: string;
  style?: string;
  v?: string;
  f?: string;
  inline?: string;
}

class SheetEvents extends RunTextEvents {
  readonly cells = new Map<string, RawCell>();
  readonly validations: DataValidationEntry[] = [];
  protected = false;
  private row = 0;
  private column = 0;
  private count = 0;
  /** The last cell's `r` when it was taken as written (its column is then parsed only if needed). */
  private lastRef: string | null = null;
  private cell: OpenCell | null = null;
  private readonly passedOver: OpenCell = { ref: "", wanted: false, parts: 0, depth: 0 };
  private inInline = false;
  private validation: DataValidationEntry | null = null;

  constructor(
    private readonly sheetName: string,
    private readonly maxCells: number,
    private readonly strings: () => string[],
    private readonly only?: ReadonlySet<string>
  ) {
    super();
  }

  onOpen(name: string, a: Attributes) {
    if (this.cell) return this.cellChildOpen(name);
    if (name === "row") {
      const r = a.get("r");
      this.row = r && /^\d+$/.test(r) ? Number(r) : this.row + 1;
      this.column = 0;
      this.lastRef = null;
    } else if (name === "c") this.openCell(a);
    else if (name === "dataValidation" && !this.only) this.validation = validationOf(a);
    else if ((name === "formula1" || name === "formula2") && this.validation) this.capture();
    else if (name === "sheetProtection") this.protected = xmlTrue(a.get("sheet"));
  }

  /**
   * The cell limit counts the cells kept (what costs memory): with `only`, the cells not named
   * are passed over uncounted, so a sheet any size within the read budget is read (LibreOffice
   * writes a styled <c> for every cell of a formatted block; Excel opens such sheets).
   */
  private openCell(a: Attributes) {
    const ref = this.cellRef(a.get("r"));
    if (this.only && !this.only.has(ref)) {
      // One record for every cell passed over: a sheet of millions of them allocates nothing.
      const skipped = this.passedOver;
      [skipped.ref, skipped.parts, skipped.depth] = [ref, 0, 0];
      this.cell = skipped;
      return;
    }
    if (++this.count > this.maxCells)
      throw new LimitExceeded(
        "too-many-cells",
        t("problem.tooManyCellsBounded", { sheet: this.sheetName, limit: this.maxCells })
      );
    this.cell = { ref, type: a.get("t"), style: a.get("s"), wanted: true, parts: 0, depth: 0 };
  }

  /**
   * The cell's address: its `r` as written when it is in the usual form (no parsing: the hot
   * path); else counted on from the previous cell, as a cell without `r` means.
   */
  private cellRef(r: string | undefined): string {
    if (r !== undefined && PLAIN_REF.test(r)) {
      this.lastRef = r;
      return r;
    }
    if (this.lastRef !== null) {
      const last = parseAddress(this.lastRef);
      [this.column, this.row] = [last.column, last.row];
      this.lastRef = null;
    }
    const at = r ? parseRef(r) : null;
    if (at) [this.column, this.row] = [at.column, at.row];
    else this.column++;
    return address(this.column, Math.max(this.row, 1));
  }

  private cellChildOpen(name: string) {
    const cell = this.cell!;
    if (cell.depth++ === 0 && isCellPart(name)) {
      const bit = CELL_PARTS[name];
      if (cell.parts & bit) throw new CellContentRepeated(this.sheetName, cell.ref, name);
      cell.parts |= bit;
    }
    if (!cell.wanted) return;
    if (name === "v" || name === "f") this.capture();
    else if (name === "is") {
      this.inInline = true;
      this.runText = "";
    } else if (this.inInline) this.textOpen(name);
  }

  onClose(name: string) {
    const cell = this.cell;
    if (cell) {
      // The cell's own end tag comes at depth 0; any other close ends an element inside it.
      const inner = cell.depth > 0;
      if (inner) cell.depth--;
      if (name === "v") cell.v = this.captured();
      else if (name === "f") cell.f = this.captured();
      else if (name === "is") {
        this.inInline = false;
        cell.inline = this.runText;
      } else if (name === "c" && !inner) this.closeCell(cell);
      else if (this.inInline) this.textClose(name);
      return;
    }
    if ((name === "formula1" || name === "formula2") && this.validation)
      this.validation[name] = this.captured();
    else if (name === "dataValidation" && this.validation) {
      this.validations.push(this.validation);
      this.validation = null;
    }
  }

  private closeCell(c: OpenCell) {
    this.cell = null;
    if (!c.wanted) return;
    const value = cellValue(c.type, c.v, c.inline, this.strings());
    const raw: RawCell = { value };
    if (c.f !== undefined) raw.formula = c.f;
    if (c.style !== undefined && /^\d+$/.test(c.style)) raw.styleIndex = Number(c.style);
    this.cells.set(c.ref, raw);
  }
}

/** An address as Excel writes it in `r`: capital letters, then a row without leading zeros. */
const PLAIN_REF = /^[A-Z]{1,3}[1-9]\d{0,6}$/;

function parseRef(ref: string): { column: number; row: number } | null {
  if (!/^\$?[A-Za-z]{1,3}\$?\d{1,7}$/.test(ref.trim())) return null;
  return parseAddress(ref.trim().replace(/\$/g, "").toUpperCase());
}

function validationOf(a: Attributes): DataValidationEntry {
  return {
    sqref: a.get("sqref") ?? "",
    type: a.get("type"),
    operator: a.get("operator"),
    errorStyle: a.get("errorStyle"),
    promptTitle: a.get("promptTitle"),
    prompt: a.get("prompt"),
    errorTitle: a.get("errorTitle"),
    error: a.get("error"),
  };
}

/**
 * A worksheet's cells (the cell limit enforced as they are met, on every cell), validations and
 * protection; with `only`, just those cells and no validations.
 */
export function readSheetPart(
  xml: string,
  sheetName: string,
  maxCells: number,
  strings: () => string[],
  only?: ReadonlySet<string>
): SheetContent {
  const events = new SheetEvents(sheetName, maxCells, strings, only);
  scanXml(xml, events);
  return { cells: events.cells, validations: events.validations, protected: events.protected };
}
