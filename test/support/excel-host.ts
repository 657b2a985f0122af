/** Wiring src/excel to the double: typed runners and a plan normalizer for comparing the two hosts. */
import { detectCapabilities, type ExcelRun } from "../../src/excel";
import type { PlanCell, SheetPlan } from "../../src/sheet-kit";
import { ExcelDouble } from "./excel-double";

export function host(apiMinor = 14) {
  const excel = new ExcelDouble({ apiMinor });
  const run: ExcelRun = (batch) =>
    excel.run((ctx) => batch(ctx as unknown as Excel.RequestContext));
  const caps = detectCapabilities(excel.office.context.requirements);
  return { excel, run, caps };
}

function normalCell(plan: SheetPlan, c: PlanCell) {
  const style = c.style ? plan.styles[c.style] : {};
  const spec = {
    ...style,
    size: style.size ?? 11,
    color: style.color?.toUpperCase(),
    fill: style.fill?.toUpperCase(),
  };
  return {
    content: c.formula ?? c.value ?? null,
    numberFormat: c.numberFormat ?? "General",
    locked: c.locked !== false,
    style: JSON.stringify(
      Object.fromEntries(
        Object.entries(spec)
          .filter(([, v]) => v !== undefined)
          .sort()
      )
    ),
  };
}

/** A plan reduced to what both hosts must agree on (cached formula results and style names left out). */
export function normalizePlan(plan: SheetPlan) {
  const cells = Object.fromEntries(
    plan.cells
      .map((c) => [c.address, normalCell(plan, c)] as const)
      .sort((a, b) => a[0].localeCompare(b[0]))
  );
  return {
    sheetName: plan.sheetName,
    columns: plan.columns,
    rowHeights: plan.rowHeights,
    cells,
    merges: [...plan.merges].sort(),
    validations: [...plan.validations].sort((a, b) => a.address.localeCompare(b.address)),
    conditionalFormats: plan.conditionalFormats.map((cf) => ({
      ...cf,
      fontColor: cf.fontColor.toUpperCase(),
      fill: cf.fill.toUpperCase(),
    })),
    names: [...plan.names].sort((a, b) => a.name.localeCompare(b.name)),
    protection: plan.protection,
    hyperlinks: [...(plan.hyperlinks ?? [])].sort((a, b) => a.address.localeCompare(b.address)),
    print: plan.print,
    freezeRows: plan.freezeRows,
  };
}
