/**
 * The sheet-builder kit: every sheet the tool writes is built through one SheetBuilder and comes
 * out as a host-free SheetPlan (src/xlsx writes it with exceljs, src/excel through Office.js).
 *
 *   const b = new SheetBuilder("汇总");
 *   b.put("A1", { value: "标题", style: "tableTitle" });
 *   b.merge("A1:H1");
 *   b.name("MH_TOTAL", "D20");
 *   return b.build({ columns: [26, 8], print: a4Print("portrait", "A1:H30", [1, 5]) });
 */
import { absolute, address, parseAddress } from "./cell-address";
import type {
  CellValue,
  PlanCell,
  PlanChart,
  PlanConditionalFormat,
  PlanHyperlink,
  PlanName,
  PlanValidation,
  PrintSetup,
  SheetPlan,
} from "./plan-types";
import { cellText } from "./cell-text";
import { fitRowsToText } from "./fit-rows";
import { maxOf } from "./many";
import { pageBreaksFor } from "./page-breaks";
import { FORMATS, STYLES, type StyleName } from "./styles";

export type CellSpec = Omit<PlanCell, "address" | "style"> & { style?: StyleName };

export interface SheetSettings {
  /** Widths in Excel character units, column A first; `{ width, hidden }` for a hidden column. */
  columns: (number | { width: number; hidden?: boolean })[];
  protection?: SheetPlan["protection"];
  print?: PrintSetup;
  freezeRows?: number;
  charts?: PlanChart[];
  /**
   * Give every cell under a merge the style of the merge's first cell (Excel draws a merged
   * range's borders and fill from every cell underneath it).
   */
  styleMergedCells?: boolean;
}

export class SheetBuilder {
  private readonly cells: PlanCell[] = [];
  private readonly merges: string[] = [];
  private readonly names: PlanName[] = [];
  private readonly validations: PlanValidation[] = [];
  private readonly conditionalFormats: PlanConditionalFormat[] = [];
  private readonly hyperlinks: PlanHyperlink[] = [];
  private readonly rowHeights: Record<number, number> = {};
  private readonly textRows: Record<number, number> = {};
  private readonly blocks: [number, number][] = [];

  constructor(readonly sheetName: string) {}

  /** Any cell; returns its address. */
  put(at: string, cell: CellSpec): string {
    const safe = { ...cell };
    if (typeof safe.value === "string") safe.value = cellText(safe.value);
    if (typeof safe.result === "string") safe.result = cellText(safe.result);
    this.cells.push({ address: at, ...safe });
    return at;
  }

  /** A literal value (a string is always written as text, never as a formula). */
  value(at: string, value: CellValue, style?: StyleName, numberFormat?: string): string {
    return this.put(at, { value, style, ...(numberFormat ? { numberFormat } : {}) });
  }

  /** Text from people or files, text-formatted so that a leading "=" stays text. */
  text(at: string, value: CellValue, style: StyleName = "text"): string {
    return this.put(at, { value, style, numberFormat: FORMATS.text });
  }

  /** A formula with its value for the plan's inputs (the cached result). */
  formula(
    at: string,
    formula: string,
    result: CellValue,
    style?: StyleName,
    numberFormat?: string
  ) {
    return this.put(at, { formula, result, style, ...(numberFormat ? { numberFormat } : {}) });
  }

  merge(range: string): void {
    this.merges.push(range);
  }

  /** A worksheet-scoped name for one cell. */
  name(name: string, at: string): void {
    this.names.push({ name, address: absolute(at) });
  }

  validate(rule: PlanValidation): void {
    this.validations.push(rule);
  }

  /** A conditional format: `formula` is relative to the range's top-left cell. */
  highlight(range: string, formula: string, colors: { fontColor: string; fill: string }): void {
    this.conditionalFormats.push({ range, formula, ...colors });
  }

  link(at: string, target: string, tooltip?: string): void {
    this.hyperlinks.push({ address: at, target, ...(tooltip ? { tooltip } : {}) });
  }

  /** The last row that holds a cell or a merge (for a print area). */
  lastRow(): number {
    const cellRows = maxOf(
      this.cells.map((c) => parseAddress(c.address).row),
      1
    );
    return maxOf(
      this.merges.map((m) => parseAddress(m.split(":").pop()!).row),
      cellRows
    );
  }

  height(row: number, points: number): void {
    this.rowHeights[row] = points;
  }

  /**
   * A row whose height follows its text (a row judges type in): never lower than `minimum`, as
   * tall as its text with a margin, and left auto-height by every host (SheetPlan.textRows).
   */
  heightFollowsText(row: number, minimum: number): void {
    this.textRows[row] = minimum;
  }

  /** Print rows `first`–`last` on one page where they fit (a page break before them if needed). */
  keepTogether(first: number, last: number): void {
    this.blocks.push([first, last]);
  }

  build(settings: SheetSettings): SheetPlan {
    if (settings.styleMergedCells) styleMergedCells(this.cells, this.merges);
    const columns = settings.columns.map((c) => (typeof c === "number" ? { width: c } : c));
    const { print } = settings;
    const { cells, merges } = this;
    const rowHeights = fitRowsToText({
      cells,
      merges,
      columns,
      styles: STYLES,
      rowHeights: this.rowHeights,
      textRows: this.textRows,
    });
    const pageBreaks =
      print && this.blocks.length
        ? pageBreaksFor({ print, columns, rowHeights, blocks: this.blocks })
        : [];
    return {
      sheetName: this.sheetName,
      columns,
      rowHeights,
      ...(Object.keys(this.textRows).length ? { textRows: { ...this.textRows } } : {}),
      cells: this.cells,
      merges: this.merges,
      validations: this.validations,
      conditionalFormats: this.conditionalFormats,
      names: this.names,
      protection: settings.protection ?? null,
      ...(print ? { print } : {}),
      ...(pageBreaks.length ? { pageBreaks } : {}),
      ...(settings.freezeRows ? { freezeRows: settings.freezeRows } : {}),
      styles: STYLES,
      ...(settings.charts ? { charts: settings.charts } : {}),
      ...(this.hyperlinks.length ? { hyperlinks: this.hyperlinks } : {}),
    };
  }
}

function styleMergedCells(cells: PlanCell[], merges: string[]): void {
  const byAddress = new Map(cells.map((c) => [c.address, c]));
  for (const range of merges) {
    const [from, to] = range.split(":").map(parseAddress);
    const master = byAddress.get(address(from.column, from.row));
    if (!master?.style) continue;
    for (let r = from.row; r <= to.row; r++) {
      for (let c = from.column; c <= to.column; c++) {
        const a = address(c, r);
        const existing = byAddress.get(a);
        if (!existing) {
          const cell: PlanCell = { address: a, value: null, style: master.style };
          cells.push(cell);
          byAddress.set(a, cell);
        } else if (!existing.style) existing.style = master.style;
      }
    }
  }
}
