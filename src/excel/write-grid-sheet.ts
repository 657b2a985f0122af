/**
 * Records an assignment the tool made in the open roster as its 分配 sheet, so consolidating with
 * this roster later counts exactly what was distributed. Called only when the roster has no
 * assignment: a 分配 sheet already there holds nothing but headers and is replaced in place.
 * Two syncs: the sheet names, then the delete-and-write.
 */
import type { SheetPlan } from "../sheet-kit/plan-types";
import type { Capabilities } from "./capabilities";
import { queueSheetPlan } from "./queue-sheet-plan";

export async function writeGridSheet(
  context: Excel.RequestContext,
  plan: SheetPlan,
  caps: Capabilities
): Promise<void> {
  const sheets = context.workbook.worksheets.load("items/name,items/position");
  await context.sync();
  const old = sheets.items.find((s) => s.name.trim() === plan.sheetName);
  const position = old ? old.position : sheets.items.length;
  old?.delete();
  const sheet = context.workbook.worksheets.add(plan.sheetName);
  queueSheetPlan(sheet, plan, caps);
  sheet.position = position;
  await context.sync();
}
