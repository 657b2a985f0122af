/** The double's workbook state: plain data that proxies read and queued operations change at sync. */
import { address, parseAddress } from "../../../src/sheet-kit";

export type Value = string | number | boolean | null;

export interface BorderState {
  style: string;
  color?: string;
}

export interface CellFormat {
  bold?: boolean;
  size?: number;
  fontColor?: string;
  fontName?: string;
  fill?: string;
  hAlign?: string;
  vAlign?: string;
  wrap?: boolean;
  underline?: boolean;
  borders: Partial<Record<"EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight", BorderState>>;
  locked: boolean;
}

export interface CellState {
  value: Value;
  formula?: string;
  numberFormat: string;
  format: CellFormat;
  hyperlink?: { documentReference?: string; address?: string; screenTip?: string };
}

export interface ValidationState {
  rule?: any;
  prompt?: { showPrompt?: boolean; title?: string; message?: string };
  errorAlert?: { showAlert?: boolean; style?: string; title?: string; message?: string };
  ignoreBlanks?: boolean;
}

export interface ConditionalFormatState {
  range: string;
  formula?: string;
  fontColor?: string;
  fill?: string;
}

export interface PageState {
  orientation?: string;
  paperSize?: string;
  centerHorizontally?: boolean;
  margins: Partial<Record<"left" | "right" | "top" | "bottom" | "header" | "footer", number>>;
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  printArea?: string;
  printTitleRows?: string;
  centerFooter?: string;
  centerHeader?: string;
  /** Rows with a manual page break before them (Worksheet.horizontalPageBreaks). */
  breaks?: number[];
}

export interface SheetState {
  id: string;
  name: string;
  cells: Map<string, CellState>;
  merges: string[];
  validations: Map<string, ValidationState>;
  conditionalFormats: ConditionalFormatState[];
  /** Worksheet-scoped names → absolute address on this sheet ("$D$7"), or a text constant in quotes. */
  names: Map<string, string>;
  protection: { protected: boolean; options?: Record<string, unknown> };
  columns: Map<number, { widthPt?: number; hidden?: boolean }>;
  rows: Map<number, { heightPt?: number }>;
  frozenRows: number;
  /** Excel's Worksheet.visibility; absent means "Visible". */
  visibility?: "Visible" | "Hidden" | "VeryHidden";
  page: PageState;
  charts?: import("./chart").ChartState[];
}

export interface WorkbookState {
  sheets: SheetState[];
  settings: Map<string, unknown>;
  activeSheet?: string;
  selection?: { sheet: string; address: string };
  nextId: number;
}

export function newCell(): CellState {
  return { value: null, numberFormat: "General", format: { borders: {}, locked: true } };
}

export function newSheet(id: string, name: string): SheetState {
  return {
    id,
    name,
    cells: new Map(),
    merges: [],
    validations: new Map(),
    conditionalFormats: [],
    names: new Map(),
    protection: { protected: false },
    columns: new Map(),
    rows: new Map(),
    frozenRows: 0,
    page: { margins: {} },
  };
}

export interface Bounds {
  first: { column: number; row: number };
  last: { column: number; row: number };
}

/** "D7", "A1:H3", "$A$1:$H$3", "Sheet!A1" (sheet part dropped) → bounds. */
export function boundsOf(ref: string): Bounds {
  const plain = ref.includes("!") ? ref.slice(ref.lastIndexOf("!") + 1) : ref;
  const [a, b] = plain.replace(/\$/g, "").split(":");
  const first = parseAddress(a);
  const last = b ? parseAddress(b) : first;
  return {
    first: { column: Math.min(first.column, last.column), row: Math.min(first.row, last.row) },
    last: { column: Math.max(first.column, last.column), row: Math.max(first.row, last.row) },
  };
}

export function addressesOf(ref: string): string[][] {
  const { first, last } = boundsOf(ref);
  const rows: string[][] = [];
  for (let r = first.row; r <= last.row; r++) {
    const row: string[] = [];
    for (let c = first.column; c <= last.column; c++) row.push(address(c, r));
    rows.push(row);
  }
  return rows;
}

export function normalizeRange(ref: string): string {
  const { first, last } = boundsOf(ref);
  const a = address(first.column, first.row);
  const b = address(last.column, last.row);
  return a === b ? a : `${a}:${b}`;
}

export function cellOf(sheet: SheetState, a: string): CellState {
  let c = sheet.cells.get(a);
  if (!c) {
    c = newCell();
    sheet.cells.set(a, c);
  }
  return c;
}

/** A cell's locked flag: cells never touched are locked (Excel's default). */
export function isLocked(sheet: SheetState, a: string): boolean {
  return sheet.cells.get(a)?.format.locked ?? true;
}
