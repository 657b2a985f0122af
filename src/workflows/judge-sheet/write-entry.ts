/** Writes one sub-item's score, 成熟度 and 评语 through the sheet's names, in one round trip. */
import type { CellValue } from "../../sheet-kit/plan-types";
import { t } from "../../strings";
import { entryName, type EntryField } from "../../workbook-format/format-names";
import { SheetOperationError } from "../../workbook-format/sheet-operation-error";
import { hostFailureOf, type WorkbookPort } from "../../workbook-format/workbook-port";

export type EntryUpdate = Partial<Record<EntryField, CellValue>>;

/**
 * `previous`: what the cells held before (as last read). Should the host fail half-way, they are
 * written back, so the entry is left as it was or complete, never half-written.
 */
export async function writeEntry(
  port: WorkbookPort,
  sheetName: string,
  code: string,
  update: EntryUpdate,
  previous?: EntryUpdate
): Promise<void> {
  const cells = (Object.entries(update) as [EntryField, CellValue][]).map(([field, value]) => ({
    name: entryName(field, code),
    value: value ?? null,
    ...(previous ? { previous: previous[field] ?? null } : {}),
  }));
  try {
    // The comment rows grow (or shrink) with what is written, in the same batch.
    await port.apply([{ kind: "cells", sheetName, cells, fitRows: true }]);
  } catch (e) {
    const failure = hostFailureOf(e);
    if (failure === "protected") throw new SheetOperationError(t("excel.finalizedNoWrite"));
    if (failure === "not-found") throw new SheetOperationError(t("excel.unknownCode", { code }));
    throw e;
  }
}
