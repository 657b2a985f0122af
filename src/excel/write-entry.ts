/** Writes one sub-item's score, 成熟度 and 评语 through the sheet's names, in one sync. */
import { entryName, type EntryField } from "../workbook-format/format-names";
import type { CellValue } from "../sheet-kit/plan-types";
import { t } from "../strings";
import { SheetOperationError } from "./sheet-operation-error";

export type EntryUpdate = Partial<Record<EntryField, CellValue>>;

function queueWrite(sheet: Excel.Worksheet, code: string, update: EntryUpdate): void {
  for (const [field, value] of Object.entries(update) as [EntryField, CellValue][]) {
    const range = sheet.names.getItem(entryName(field, code)).getRange();
    range.values = [[value === null || value === undefined ? "" : value]];
  }
}

/**
 * `previous`: what the cells held before (as last read). Should the batch fail half-way, they are
 * written back, so the entry is left as it was or complete, never half-written.
 */
export async function writeEntry(
  context: Excel.RequestContext,
  sheetName: string,
  code: string,
  update: EntryUpdate,
  previous?: EntryUpdate
): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  queueWrite(sheet, code, update);
  try {
    await context.sync();
  } catch (e) {
    if (previous) {
      try {
        const back = Object.fromEntries(
          Object.keys(update).map((f) => [f, previous[f as EntryField] ?? null])
        );
        queueWrite(sheet, code, back);
        await context.sync();
      } catch {
        // Reported below: the original failure.
      }
    }
    const code_ = (e as { code?: string }).code;
    if (code_ === "AccessDenied") throw new SheetOperationError(t("excel.finalizedNoWrite"));
    if (code_ === "ItemNotFound") throw new SheetOperationError(t("excel.unknownCode", { code }));
    throw e;
  }
}
