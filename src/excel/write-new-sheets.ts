/**
 * Writes new sheets into the open workbook — the secretariat's 汇总, 评委明细, 问题清单 … or a roster
 * template: one sync to learn the existing sheet names, one to write everything. An existing sheet
 * is never overwritten: the new sheets get free names (汇总 (2) …).
 */
import { renamePlans, uniqueSheetName } from "../sheet-kit/sheet-names";
import type { SheetPlan } from "../sheet-kit/plan-types";
import type { Capabilities } from "./capabilities";
import { removeSheetsQuietly } from "./generate-sheet";
import { queueSheetPlan } from "./queue-sheet-plan";

export async function writeNewSheets(
  context: Excel.RequestContext,
  plans: SheetPlan[],
  caps: Capabilities
): Promise<string[]> {
  const existing = context.workbook.worksheets.load("items/name");
  await context.sync();
  const taken = existing.items.map((s) => s.name);
  const names = plans.map((plan) => {
    const sheetName = uniqueSheetName(plan.sheetName, taken);
    taken.push(sheetName);
    return sheetName;
  });
  // 图表 links to 汇总: under new names, its formulas follow.
  const named = renamePlans(plans, names);
  context.application.suspendApiCalculationUntilNextSync();
  for (const plan of named)
    queueSheetPlan(context.workbook.worksheets.add(plan.sheetName), plan, caps);
  context.workbook.worksheets.getItem(named[0].sheetName).activate();
  try {
    await context.sync();
  } catch (e) {
    // Only new sheets were being written: remove whatever part of them exists.
    await removeSheetsQuietly(
      context,
      named.map((p) => p.sheetName)
    );
    throw e;
  }
  return named.map((p) => p.sheetName);
}
