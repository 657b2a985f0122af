/** One scoring sheet's state — metadata, every input, the figures the host computed — in one round trip. */
import { t } from "../../strings";
import { STANDARD_NAME } from "../../workbook-format/format-names";
import { SheetOperationError } from "../../workbook-format/sheet-operation-error";
import {
  scoringSheetFromCells,
  type ScoringSheetRead,
} from "../../workbook-format/sheet-from-names";
import type { SheetRead, WorkbookPort } from "../../workbook-format/workbook-port";

export function scoringSheetOf(sheet: SheetRead): ScoringSheetRead {
  const standard = sheet.texts[STANDARD_NAME] ?? null;
  return scoringSheetFromCells(sheet.sheetName, 0, sheet.names, sheet.value, standard);
}

/** The sheet as read; a sheet that is gone is a zh-CN refusal. */
export async function readSheet(
  port: WorkbookPort,
  sheetName: string,
  options: { formulas?: boolean } = {}
): Promise<SheetRead> {
  const [sheet] = await port.readSheets([sheetName], options);
  if (!sheet) throw new SheetOperationError(t("excel.sheetMissing", { sheet: sheetName }));
  return sheet;
}

export async function readSheetState(
  port: WorkbookPort,
  sheetName: string
): Promise<ScoringSheetRead> {
  return scoringSheetOf(await readSheet(port, sheetName));
}
