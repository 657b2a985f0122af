/** Writes one sub-item's score, 成熟度 and 评语 through the sheet's names, in one sync. */
import { entryName, type EntryField } from "../layout/format";
import type { CellValue } from "../layout/plan-types";
import { t } from "../strings";
import { SheetOperationError } from "./sheet-operation-error";

export type EntryUpdate = Partial<Record<EntryField, CellValue>>;

/** Returns the addresses written (for the guard's own-write bookkeeping). */
export async function writeEntry(
  context: Excel.RequestContext,
  sheetName: string,
  code: string,
  update: EntryUpdate
): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  for (const [field, value] of Object.entries(update) as [EntryField, CellValue][]) {
    const range = sheet.names.getItem(entryName(field, code)).getRange();
    range.values = [[value === null ? "" : value]];
  }
  try {
    await context.sync();
  } catch (e) {
    const code_ = (e as { code?: string }).code;
    if (code_ === "AccessDenied") throw new SheetOperationError(t("excel.finalizedNoWrite"));
    if (code_ === "ItemNotFound") throw new SheetOperationError(t("excel.unknownCode", { code }));
    throw e;
  }
}
