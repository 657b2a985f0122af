/** The double's state written to .xlsx through src/xlsx (kept apart so a browser bundle of the double needs no exceljs). */
import { writeWorkbook } from "../../../src/xlsx";
import type { ExcelDouble } from "./excel-double";

export function exportXlsx(excel: ExcelDouble): Promise<Uint8Array> {
  return writeWorkbook(excel.toPlans());
}
