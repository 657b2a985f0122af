/** What the secretariat's table sheets share: a header row and the plain-table settings. */
import { a4Print, address, columnLetter, SheetBuilder, type SheetPlan } from "../../sheet-kit";
import type { ConsolidationResult } from "../../consolidate";
import { t } from "../../strings";

/** Header cells in one row, from column 1. */
export function headerRow(b: SheetBuilder, row: number, heads: string[]): void {
  heads.forEach((h, i) => b.value(address(i + 1, row), h, "header"));
}

export interface TablePrint {
  orientation: "portrait" | "landscape";
  /** The round's name (or the award's), printed at the top of every page with the sheet's name. */
  header: string;
  /** Rows repeated on every page (default: the header row 1; null: none). */
  titleRows?: [number, number] | null;
  /** The print area (default: the whole table). */
  area?: string;
}

/**
 * A plain table sheet: no protection, no validation; `freezeRows` header rows stay in view; A4,
 * one page wide, the header rows repeated, the round's name at the top and 第 n 页，共 m 页 below.
 */
export function tableSheet(
  b: SheetBuilder,
  widths: number[],
  print: TablePrint,
  freezeRows = 1
): SheetPlan {
  const area = print.area ?? `A1:${columnLetter(widths.length)}${b.lastRow()}`;
  const titleRows: [number, number] | null =
    print.titleRows === undefined ? [1, 1] : print.titleRows;
  const header = `${print.header}${t("sep.title")}${b.sheetName}`;
  return b.build({
    columns: widths,
    freezeRows: freezeRows || undefined,
    print: a4Print(print.orientation, area, titleRows, undefined, header),
  });
}

/** The name printed at the top of the secretariat's sheets: the round's, else the award's. */
export const roundTitle = (result: ConsolidationResult) =>
  result.round?.name || t("report.defaultRound");
