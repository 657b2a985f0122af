/** Range and what hangs off it: format, font, fill, borders, protection, data validation, conditional formats. */
import { quoteSheetName, rowHeightFor } from "../../../src/sheet-kit";
import { pointsToChars } from "../../../src/excel/units";
import { ClientObject } from "./client-object";
import type { DoubleContext } from "./context";
import { accessDenied, invalidArgument, itemNotFound } from "./errors";
import {
  addressesOf,
  boundsOf,
  cellOf,
  isLocked,
  normalizeRange,
  type CellState,
  type ConditionalFormatState,
  type SheetState,
  type Value,
} from "./model";

export interface RangeTarget {
  sheet: SheetState;
  ref: string;
}

export function qualified(sheet: SheetState, ref: string): string {
  const needsQuotes = !/^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet.name);
  return `${needsQuotes ? quoteSheetName(sheet.name) : sheet.name}!${normalizeRange(ref)}`;
}

function denyIfProtected(sheet: SheetState, what: string, allowedBy?: string): void {
  if (!sheet.protection.protected) return;
  if (allowedBy && sheet.protection.options?.[allowedBy]) return;
  throw accessDenied(`${sheet.name}: ${what}`);
}

/** Apply a scalar or a 2-D array to every cell of the range, as Office.js does. */
function eachCell<V>(
  t: RangeTarget,
  input: V | V[][],
  apply: (cell: CellState, v: V, a: string) => void
): void {
  const grid = addressesOf(t.ref);
  const is2d = Array.isArray(input);
  if (is2d) {
    const rows = input as V[][];
    if (
      rows.length !== grid.length ||
      rows.some((r, i) => !Array.isArray(r) || r.length !== grid[i].length)
    ) {
      throw invalidArgument(`array of ${rows.length} rows does not match range ${t.ref}`);
    }
  }
  grid.forEach((row, i) =>
    row.forEach((a, j) =>
      apply(cellOf(t.sheet, a), is2d ? (input as V[][])[i][j] : (input as V), a)
    )
  );
}

/** What typing a value into a cell stores: "=…" becomes a formula unless the cell is text-formatted; "'…" is text. */
export function storeInput(cell: CellState, v: Value | undefined): void {
  if (v === undefined) return;
  delete cell.formula;
  if (typeof v === "string" && v.startsWith("=") && v.length > 1 && cell.numberFormat !== "@") {
    cell.formula = v;
    cell.value = null;
  } else if (typeof v === "string" && v.startsWith("'")) {
    cell.value = v.slice(1);
  } else {
    cell.value = v === "" ? null : v;
  }
}

export class Range extends ClientObject<RangeTarget> {
  protected readonly scalarProps = [
    "address",
    "values",
    "formulas",
    "numberFormat",
    "rowCount",
    "columnCount",
  ];

  constructor(
    context: DoubleContext,
    private readonly find: () => RangeTarget | null,
    orNull = false
  ) {
    super(context, orNull);
  }

  protected locate(): RangeTarget | null {
    return this.find();
  }
  protected notFound(): Error {
    return itemNotFound("range");
  }

  protected readProp(prop: string, t: RangeTarget): unknown {
    const grid = addressesOf(t.ref);
    const cell = (a: string) => t.sheet.cells.get(a);
    switch (prop) {
      case "address":
        return qualified(t.sheet, t.ref);
      case "values":
        // The double does not calculate: a formula cell reads as "#CALC!" (export and let LibreOffice compute).
        return grid.map((r) =>
          r.map((a) => (cell(a)?.formula ? "#CALC!" : (cell(a)?.value ?? "")))
        );
      case "formulas":
        return grid.map((r) => r.map((a) => cell(a)?.formula ?? cell(a)?.value ?? ""));
      case "numberFormat":
        return grid.map((r) => r.map((a) => cell(a)?.numberFormat ?? "General"));
      case "rowCount":
        return grid.length;
      case "columnCount":
        return grid[0].length;
      case "rowIndex":
        return boundsOf(t.ref).first.row - 1;
      case "columnIndex":
        return boundsOf(t.ref).first.column - 1;
      default:
        throw invalidArgument(`Range.${prop}`);
    }
  }

  get address(): string {
    return this.prop("address");
  }
  get values(): Value[][] {
    return this.prop("values");
  }
  set values(v: Value[][]) {
    this.queue("values", (t) => this.context.writeCells(t, v, "values"));
  }
  get formulas(): Value[][] {
    return this.prop("formulas");
  }
  set formulas(v: Value[][]) {
    this.queue("formulas", (t) => this.context.writeCells(t, v, "formulas"));
  }
  get numberFormat(): string[][] {
    return this.prop("numberFormat");
  }
  set numberFormat(v: string[][]) {
    this.queue("numberFormat", (t) => {
      denyIfProtected(t.sheet, "numberFormat", "allowFormatCells");
      eachCell(t, v, (c, f) => (c.numberFormat = f));
    });
  }
  get rowCount(): number {
    return this.prop("rowCount");
  }
  get columnCount(): number {
    return this.prop("columnCount");
  }
  get rowIndex(): number {
    return this.prop("rowIndex");
  }
  get columnIndex(): number {
    return this.prop("columnIndex");
  }
  set columnHidden(hidden: boolean) {
    this.queue("columnHidden", (t) => {
      denyIfProtected(t.sheet, "columnHidden", "allowFormatColumns");
      const { first, last } = boundsOf(t.ref);
      for (let c = first.column; c <= last.column; c++)
        t.sheet.columns.set(c, { ...t.sheet.columns.get(c), hidden });
    });
  }

  /** ExcelApi 1.7. Set on one cell: an internal link (documentReference) or an address; no textToDisplay here. */
  set hyperlink(link: { documentReference?: string; address?: string; screenTip?: string }) {
    this.queue("hyperlink", (t) => {
      denyIfProtected(t.sheet, "hyperlink", "allowInsertHyperlinks");
      const cells = addressesOf(t.ref).flat();
      if (cells.length !== 1) throw invalidArgument("hyperlink on more than one cell");
      if (!link.documentReference && !link.address)
        throw invalidArgument("hyperlink without a target");
      cellOf(t.sheet, cells[0]).hyperlink = { ...link };
    });
  }

  get format(): RangeFormat {
    return new RangeFormat(this);
  }
  get dataValidation(): DataValidation {
    return new DataValidation(this);
  }
  get conditionalFormats(): ConditionalFormatCollection {
    return new ConditionalFormatCollection(this);
  }

  /** The whole rows of the range (Office.js ExcelApi 1.1). */
  getEntireRow(): Range {
    return new Range(this.context, () => {
      const t = this.target();
      const { first, last } = boundsOf(t.ref);
      return { sheet: t.sheet, ref: `A${first.row}:XFD${last.row}` };
    });
  }

  getCell(row: number, column: number): Range {
    return new Range(this.context, () => {
      const t = this.target();
      const { first } = boundsOf(t.ref);
      const a = addressesOf(`${colRow(first.column + column, first.row + row)}`)[0][0];
      return { sheet: t.sheet, ref: a };
    });
  }

  select(): void {
    this.queue("select", (t) => {
      this.context.host.state.selection = { sheet: t.sheet.name, address: normalizeRange(t.ref) };
      this.context.host.state.activeSheet = t.sheet.id;
      this.context.host.selectionChanged();
    });
  }

  merge(across = false): void {
    this.queue("merge", (t) => {
      denyIfProtected(t.sheet, "merge");
      if (across) throw invalidArgument("merge across is not used by this add-in");
      const grid = addressesOf(t.ref).flat();
      grid.slice(1).forEach((a) => {
        const c = t.sheet.cells.get(a);
        if (c) {
          c.value = null;
          delete c.formula;
        }
      });
      t.sheet.merges.push(normalizeRange(t.ref));
    });
  }

  unmerge(): void {
    this.queue("unmerge", (t) => {
      denyIfProtected(t.sheet, "unmerge");
      const { first, last } = boundsOf(t.ref);
      t.sheet.merges = t.sheet.merges.filter((m) => {
        const b = boundsOf(m);
        const overlaps =
          b.first.row <= last.row &&
          b.last.row >= first.row &&
          b.first.column <= last.column &&
          b.last.column >= first.column;
        return !overlaps;
      });
    });
  }

  clear(applyTo: "All" | "Formats" | "Contents" = "All"): void {
    this.queue("clear", (t) => {
      denyIfProtected(t.sheet, "clear");
      for (const a of addressesOf(t.ref).flat()) {
        if (applyTo === "All") t.sheet.cells.delete(a);
        else if (applyTo === "Contents") {
          const c = t.sheet.cells.get(a);
          if (c) {
            c.value = null;
            delete c.formula;
          }
        } else {
          const c = t.sheet.cells.get(a);
          if (c) {
            c.format = { borders: {}, locked: true };
            c.numberFormat = "General";
          }
        }
      }
    });
  }
}

function colRow(column: number, row: number): string {
  let n = column;
  let s = "";
  while (n > 0) {
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
    n = Math.floor((n - 1) / 26);
  }
  return `${s}${row}`;
}

/** Sub-objects of a range apply their changes to every cell of the range at sync. */
abstract class RangePart {
  constructor(protected readonly range: Range) {}
  protected apply(
    what: string,
    allowedBy: string | undefined,
    change: (c: CellState, a: string, t: RangeTarget) => void
  ) {
    this.range.context.enqueue(what, () => {
      const t = this.range.target();
      denyIfProtected(t.sheet, what, allowedBy);
      for (const a of addressesOf(t.ref).flat()) change(cellOf(t.sheet, a), a, t);
    });
  }
}

export class RangeFormat extends RangePart {
  get font() {
    const apply = this.apply.bind(this);
    return {
      set bold(v: boolean) {
        apply("font.bold", "allowFormatCells", (c) => (c.format.bold = v));
      },
      set size(v: number) {
        apply("font.size", "allowFormatCells", (c) => (c.format.size = v));
      },
      set color(v: string) {
        apply("font.color", "allowFormatCells", (c) => (c.format.fontColor = v.toUpperCase()));
      },
      set name(v: string) {
        apply("font.name", "allowFormatCells", (c) => (c.format.fontName = v));
      },
      set underline(v: string) {
        if (!["None", "Single", "Double", "SingleAccountant", "DoubleAccountant"].includes(v))
          throw invalidArgument(`font.underline ${v}`);
        apply("font.underline", "allowFormatCells", (c) => (c.format.underline = v !== "None"));
      },
    };
  }
  get fill() {
    const apply = this.apply.bind(this);
    return {
      set color(v: string) {
        apply("fill.color", "allowFormatCells", (c) => (c.format.fill = v.toUpperCase()));
      },
      clear() {
        apply("fill.clear", "allowFormatCells", (c) => delete c.format.fill);
      },
    };
  }
  get borders() {
    const apply = this.apply.bind(this);
    return {
      getItem(side: "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight") {
        return {
          set style(v: string) {
            apply(`border ${side}`, "allowFormatCells", (c, a, t) => {
              if (onEdge(t.ref, a, side))
                c.format.borders[side] = { ...c.format.borders[side], style: v };
            });
          },
          set color(v: string) {
            apply(`border ${side} color`, "allowFormatCells", (c, a, t) => {
              if (onEdge(t.ref, a, side))
                c.format.borders[side] = {
                  style: "Continuous",
                  ...c.format.borders[side],
                  color: v.toUpperCase(),
                };
            });
          },
        };
      },
    };
  }
  get protection() {
    const apply = this.apply.bind(this);
    return {
      set locked(v: boolean) {
        apply("protection.locked", undefined, (c) => (c.format.locked = v));
      },
    };
  }
  set horizontalAlignment(v: string) {
    this.apply("horizontalAlignment", "allowFormatCells", (c) => (c.format.hAlign = v));
  }
  set verticalAlignment(v: string) {
    this.apply("verticalAlignment", "allowFormatCells", (c) => (c.format.vAlign = v));
  }
  set wrapText(v: boolean) {
    this.apply("wrapText", "allowFormatCells", (c) => (c.format.wrap = v));
  }
  set columnWidth(points: number) {
    this.range.context.enqueue("columnWidth", () => {
      const t = this.range.target();
      denyIfProtected(t.sheet, "columnWidth", "allowFormatColumns");
      const { first, last } = boundsOf(t.ref);
      for (let c = first.column; c <= last.column; c++)
        t.sheet.columns.set(c, { ...t.sheet.columns.get(c), widthPt: points });
    });
  }
  /**
   * Excel's fit (ExcelApi 1.2): each row as tall as its wrapped text (cells under a merge left
   * out, as Excel does), one line at least, and auto-height from then on. The double estimates
   * the text's lines as src/sheet-kit does, from the columns' widths.
   */
  autofitRows(): void {
    this.range.context.enqueue("autofitRows", () => {
      const t = this.range.target();
      denyIfProtected(t.sheet, "autofitRows", "allowFormatRows");
      const { first, last } = boundsOf(t.ref);
      for (let r = first.row; r <= last.row; r++)
        t.sheet.rows.set(r, { heightPt: fittedHeight(t.sheet, r), auto: true });
    });
  }
  set rowHeight(points: number) {
    this.range.context.enqueue("rowHeight", () => {
      const t = this.range.target();
      denyIfProtected(t.sheet, "rowHeight", "allowFormatRows");
      const { first, last } = boundsOf(t.ref);
      for (let r = first.row; r <= last.row; r++) t.sheet.rows.set(r, { heightPt: points });
    });
  }
}

/** The height Excel's fit gives a row: its wrapped texts' lines, 15 pt (one line) at least. */
function fittedHeight(sheet: SheetState, row: number): number {
  const merged = sheet.merges.map(boundsOf);
  const texts = [...sheet.cells].flatMap(([a, c]) => {
    const at = boundsOf(a).first;
    const underMerge = merged.some(
      (m) =>
        at.row >= m.first.row &&
        at.row <= m.last.row &&
        at.column >= m.first.column &&
        at.column <= m.last.column
    );
    if (at.row !== row || underMerge || !c.format.wrap || typeof c.value !== "string") return [];
    const widthPt = sheet.columns.get(at.column)?.widthPt;
    const width = widthPt === undefined ? 8.43 : pointsToChars(widthPt);
    return [{ text: c.value, width, size: c.format.size }];
  });
  return rowHeightFor(texts, 15);
}

function onEdge(ref: string, a: string, side: string): boolean {
  const b = boundsOf(ref);
  const p = boundsOf(a).first;
  if (side === "EdgeTop") return p.row === b.first.row;
  if (side === "EdgeBottom") return p.row === b.last.row;
  if (side === "EdgeLeft") return p.column === b.first.column;
  return p.column === b.last.column;
}

export class DataValidation extends RangePart {
  private set(what: string, change: (v: Record<string, unknown>) => void) {
    this.range.context.enqueue(`dataValidation.${what}`, () => {
      const t = this.range.target();
      denyIfProtected(t.sheet, "dataValidation");
      for (const a of addressesOf(t.ref).flat()) {
        const v = t.sheet.validations.get(a) ?? {};
        change(v as Record<string, unknown>);
        t.sheet.validations.set(a, v);
      }
    });
  }
  set rule(rule: unknown) {
    this.set("rule", (v) => (v.rule = rule));
  }
  set prompt(p: unknown) {
    this.set("prompt", (v) => (v.prompt = p));
  }
  set errorAlert(e: unknown) {
    this.set("errorAlert", (v) => (v.errorAlert = e));
  }
  set ignoreBlanks(b: boolean) {
    this.set("ignoreBlanks", (v) => (v.ignoreBlanks = b));
  }
  clear(): void {
    this.range.context.enqueue("dataValidation.clear", () => {
      const t = this.range.target();
      denyIfProtected(t.sheet, "dataValidation.clear");
      for (const a of addressesOf(t.ref).flat()) t.sheet.validations.delete(a);
    });
  }
}

export class ConditionalFormatCollection extends RangePart {
  add(type: string) {
    const holder: { cf?: ConditionalFormatState } = {};
    this.range.context.enqueue("conditionalFormats.add", () => {
      const t = this.range.target();
      denyIfProtected(t.sheet, "conditionalFormats.add");
      if (type !== "Custom")
        throw invalidArgument(`conditional format type ${type} (the double supports Custom)`);
      holder.cf = { range: normalizeRange(t.ref) };
      t.sheet.conditionalFormats.push(holder.cf);
    });
    const ctx = this.range.context;
    const later = (what: string, change: (cf: ConditionalFormatState) => void) =>
      ctx.enqueue(what, () => change(holder.cf!));
    return {
      custom: {
        rule: {
          set formula(f: string) {
            later("cf.rule.formula", (cf) => (cf.formula = f));
          },
        },
        format: {
          font: {
            set color(c: string) {
              later("cf.font.color", (cf) => (cf.fontColor = c.toUpperCase()));
            },
          },
          fill: {
            set color(c: string) {
              later("cf.fill.color", (cf) => (cf.fill = c.toUpperCase()));
            },
          },
        },
      },
    };
  }
  clearAll(): void {
    this.range.context.enqueue("conditionalFormats.clearAll", () => {
      const t = this.range.target();
      denyIfProtected(t.sheet, "conditionalFormats.clearAll");
      const b = boundsOf(t.ref);
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((cf) => {
        const c = boundsOf(cf.range);
        return !(
          c.first.row >= b.first.row &&
          c.last.row <= b.last.row &&
          c.first.column >= b.first.column &&
          c.last.column <= b.last.column
        );
      });
    });
  }
}

export { isLocked };
