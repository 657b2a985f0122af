/**
 * The .xlsx writer, loaded only when a command writes a workbook: exceljs is large, and
 * `mhscore consolidate --json` (the secretariat's scripted path) never needs it.
 */
import type { SheetPlan } from "../sheet-kit";

export async function writeXlsx(plans: readonly SheetPlan[]): Promise<Uint8Array> {
  const { writeWorkbook } = await import("../xlsx/write-workbook");
  return writeWorkbook(plans);
}
