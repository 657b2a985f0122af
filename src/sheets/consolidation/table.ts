/** What the secretariat's table sheets share: a header row and the plain-table settings. */
import { SheetBuilder, address, type SheetPlan } from "../../sheet-kit";

/** Header cells in one row, from column 1. */
export function headerRow(b: SheetBuilder, row: number, heads: string[]): void {
  heads.forEach((h, i) => b.value(address(i + 1, row), h, "header"));
}

/** A plain table sheet: no protection, no validation; `freezeRows` header rows stay in view. */
export function tableSheet(b: SheetBuilder, widths: number[], freezeRows = 1): SheetPlan {
  return b.build({ columns: widths, freezeRows: freezeRows || undefined });
}
