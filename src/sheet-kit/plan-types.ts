/**
 * A host-free plan of one worksheet: what to write, where, and how it looks and is guarded.
 * src/xlsx writes it with exceljs; src/excel applies it through Office.js. Both must produce
 * the same workbook.
 */

export type CellValue = string | number | boolean | null;

/** What a judge types into; a host re-applying a plan keeps what is already there. */
export type InputKind = "score" | "maturity" | "strength" | "improvement";

export interface PlanCell {
  /** "D7" */
  address: string;
  /** A literal value. Strings are always written as text, never interpreted as formulas. */
  value?: CellValue;
  /** A formula in English function names with a leading "=" (as Office.js expects). */
  formula?: string;
  /** The formula's value for the plan's inputs (cached result for files read without recalculation). */
  result?: CellValue;
  /** A key of SheetPlan.styles (the kit's palette; an export from a host may use others). */
  style?: string;
  numberFormat?: string;
  /** Cells are locked unless this is false. */
  locked?: boolean;
  input?: InputKind;
}

export interface StyleSpec {
  bold?: boolean;
  /** A single underline (links). */
  underline?: boolean;
  size?: number;
  color?: string;
  fill?: string;
  hAlign?: "left" | "center" | "right";
  vAlign?: "top" | "middle" | "bottom";
  wrap?: boolean;
  border?: "thin" | "bottom" | "none";
}

export interface DecimalValidation {
  address: string;
  kind: "decimal";
  min: number;
  max: number;
  alertStyle: "stop" | "warning" | "information";
  promptTitle: string;
  prompt: string;
  errorTitle: string;
  error: string;
}

export interface ListValidation {
  address: string;
  kind: "list";
  items: string[];
  alertStyle: "stop" | "warning" | "information";
  promptTitle: string;
  prompt: string;
  errorTitle: string;
  error: string;
}

/** A rule as a formula, relative to the range's top-left cell (e.g. unique ids: `=COUNTIF($A$2:$A$200,A2)=1`). */
export interface CustomValidation {
  address: string;
  kind: "custom";
  formula: string;
  alertStyle: "stop" | "warning" | "information";
  promptTitle: string;
  prompt: string;
  errorTitle: string;
  error: string;
}

export type PlanValidation = DecimalValidation | ListValidation | CustomValidation;

export interface PlanConditionalFormat {
  /** "D7:D15" */
  range: string;
  /** A formula relative to the range's top-left cell, with a leading "=". */
  formula: string;
  fontColor: string;
  fill: string;
}

/** An internal link: clicking the cell goes to `target` ("'评分指引'!A12"). */
export interface PlanHyperlink {
  address: string;
  target: string;
  tooltip?: string;
}

export interface PlanName {
  name: string;
  /** Absolute reference on the plan's own sheet, e.g. "$D$7". */
  address: string;
}

export interface PrintSetup {
  paper: "A4";
  orientation: "portrait" | "landscape";
  fitToWidth: 1;
  /** 0 = as many pages tall as needed. */
  fitToHeight: 0;
  /** "A1:H30" */
  area: string;
  /** Rows repeated at the top of every page, e.g. [1, 5]; null on a sheet of blocks without a header row. */
  titleRows: [number, number] | null;
  /** Excel header/footer code, e.g. "&C第 &P 页，共 &N 页". */
  footer: string;
  /** Excel header code, e.g. "&C2027 年…评审 汇总" (none when absent). */
  header?: string;
  /** Margins in inches. */
  margins: {
    left: number;
    right: number;
    top: number;
    bottom: number;
    header: number;
    footer: number;
  };
  centerHorizontally: boolean;
}

/**
 * A chart on the sheet: horizontal bars over ranges of the same sheet, the first category at
 * the top, each bar labelled with its value, and one marked value (the pass line) drawn as a
 * red dashed line across the bars.
 */
export interface PlanChart {
  title: string;
  /** Category labels, first at the top, e.g. "B5:B16". */
  categories: string;
  /** One series per bar colour, in legend order; colour as "#RRGGBB". */
  series: { name: string; values: string; color: string }[];
  /**
   * The value axis from 0 to `max`, light gridlines every `minorUnit`, a labelled red line at
   * `mark` (its major unit, so any multiple of `mark` up to `max` is drawn as well).
   */
  axis: { max: number; minorUnit: number; mark: number; markLabel: string };
  /** Top-left and bottom-right cells the chart covers. */
  anchor: { from: string; to: string };
}

export interface SheetPlan {
  sheetName: string;
  /** Widths in Excel character units, column A first. */
  columns: { width: number; hidden?: boolean }[];
  /** Row heights in points, by 1-based row number. */
  rowHeights: Record<number, number>;
  /**
   * Rows whose height follows their text (what judges type) → their minimum height (points).
   * Their rowHeights entry is the height their text needs now, with a margin (fit-rows.ts). Hosts
   * leave them auto-height, so that Excel grows them as the judge types: the file writer marks
   * no custom height, Office.js fits them (Excel's own fit, which may go below the minimum); the
   * file host re-measures them on every cell written. None on most sheets.
   */
  textRows?: Record<number, number>;
  cells: PlanCell[];
  merges: string[];
  validations: PlanValidation[];
  conditionalFormats: PlanConditionalFormat[];
  names: PlanName[];
  /** Sheet-scoped names whose value is a text, not a cell (MH_STANDARD). */
  constants?: { name: string; text: string }[];
  /** Sheet protection without a password (it prevents accidents, it is not security); null = unprotected. */
  protection: { allowFormatColumns: boolean; allowFormatRows: boolean } | null;
  print?: PrintSetup;
  /** Rows that start a new printed page (a manual page break before each), ascending. */
  pageBreaks?: number[];
  /** Rows frozen at the top while scrolling. */
  freezeRows?: number;
  styles: Record<string, StyleSpec>;
  charts?: PlanChart[];
  /** Internal links (none on most sheets). */
  hyperlinks?: PlanHyperlink[];
}
