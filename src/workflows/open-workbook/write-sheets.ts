/**
 * Sheets the secretariat's use cases write into the open workbook: new sheets (汇总, 评委明细 … or a
 * roster template) that never overwrite an existing one — they get free names (汇总 (2) …) — and
 * the roster's 分配 sheet, rebuilt in its place. Two round trips each: the sheet names, then the batch.
 */
import { renamePlans, uniqueSheetName } from "../../sheet-kit/sheet-names";
import type { SheetPlan } from "../../sheet-kit/plan-types";
import type { WorkbookPort } from "../../workbook-format/workbook-port";

/** The names the new sheets were written under, in order. */
export async function writeNewSheets(port: WorkbookPort, plans: SheetPlan[]): Promise<string[]> {
  const taken = await port.sheetNames();
  const names = plans.map((plan) => {
    const sheetName = uniqueSheetName(plan.sheetName, taken);
    taken.push(sheetName);
    return sheetName;
  });
  // 图表 links to 汇总: under new names, its formulas follow.
  const named = renamePlans(plans, names);
  await port.apply(
    named.map((plan) => ({ kind: "add", plan })),
    { activate: { sheetName: named[0].sheetName } }
  );
  return names;
}

/**
 * Records a grid sheet (the 分配 the tool made) in the open roster: a sheet of that name (spaces
 * trimmed) is rebuilt in its place, else the sheet is added at the end.
 */
export async function writeGridSheet(port: WorkbookPort, plan: SheetPlan): Promise<void> {
  const names = await port.sheetNames();
  const position = names.findIndex((n) => n.trim() === plan.sheetName);
  await port.apply([
    position < 0
      ? { kind: "add", plan }
      : { kind: "replace", sheetName: names[position], plan, position },
  ]);
}
