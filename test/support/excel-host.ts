/** Wiring src/excel to the double: typed runners and a plan normalizer for comparing the two hosts. */
import { detectCapabilities, officeWorkbook, type ExcelRun } from "../../src/excel";
import { address, parseAddress, type PlanCell, type SheetPlan } from "../../src/sheet-kit";
import type { Standard } from "../../src/standard";
import {
  generateSheet,
  readRosterTables,
  readSheetState,
  readWorkbookSheets,
  reopenSheet,
  submitSheet,
  writeEntry,
  writeGridSheet,
  writeNewSheets,
  type GenerateRequest,
  type WorkbookPort,
} from "../../src/workflows";
import { ExcelDouble } from "./excel-double";

export function host(apiMinor = 14) {
  const excel = new ExcelDouble({ apiMinor });
  const run: ExcelRun = (batch) =>
    excel.run((ctx) => batch(ctx as unknown as Excel.RequestContext));
  const caps = detectCapabilities(excel.office.context.requirements);
  return { excel, run, caps, port: officeWorkbook(run, caps) };
}

/** The double behind each port made by a test (for probes of what the port does not read). */
export const doubles = new WeakMap<WorkbookPort, ExcelDouble>();

/** A row of a sheet in the double behind `port`: its height and whether it is auto-height. */
export async function rowInDouble(port: WorkbookPort, sheetName: string, row: number) {
  const sheet = doubles.get(port)!.state.sheets.find((s) => s.name === sheetName)!;
  const r = sheet.rows.get(row);
  return { height: r?.heightPt ?? 15, auto: r?.heightPt === undefined || r.auto === true };
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

/** One validation per cell: Office.js (and its double) keeps a rule per cell, a file per range. */
function cellValidations(plan: SheetPlan) {
  return plan.validations.flatMap((v) => {
    if (!v.address.includes(":")) return [v];
    const [from, to] = v.address.split(":").map(parseAddress);
    const cells = [];
    for (let c = from.column; c <= to.column; c++)
      for (let r = from.row; r <= to.row; r++) cells.push({ ...v, address: address(c, r) });
    return cells;
  });
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
    // Rows whose height follows their text are each host's own fit: which rows, not how tall.
    rowHeights: Object.fromEntries(
      Object.entries(plan.rowHeights).filter(([r]) => plan.textRows?.[Number(r)] === undefined)
    ),
    textRows: Object.keys(plan.textRows ?? {}),
    cells,
    merges: [...plan.merges].sort(),
    validations: cellValidations(plan).sort((a, b) => a.address.localeCompare(b.address)),
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

/**
 * The judge's and the secretariat's operations on the open workbook, in the call shapes the tests
 * were written in, going through the workflows over the Office.js adapter (the same door the
 * pane uses): each is a one-line mapping, no logic of its own.
 */
export async function generateScoringSheet(
  port: WorkbookPort,
  request: { standard: Standard; passRatio?: number } & GenerateRequest,
  _caps?: unknown
) {
  return generateSheet(port, { standard: request.standard, passRatio: request.passRatio }, request);
}
export async function finalizeSheet(
  port: WorkbookPort,
  sheetName: string,
  standard: Standard,
  now?: Date
) {
  const r = await submitSheet(port, standard, sheetName, now);
  return { digest: r.digest, submittedAt: r.submittedAt };
}
export const reopenScoringSheet = (
  port: WorkbookPort,
  sheetName: string,
  standard: Standard,
  now?: Date
) => reopenSheet(port, standard, sheetName, now);
export const readScoringSheetState = (port: WorkbookPort, sheetName: string) =>
  readSheetState(port, sheetName);
export const writeNewSheetsTo = (port: WorkbookPort, plans: SheetPlan[], _caps?: unknown) =>
  writeNewSheets(port, plans);
export const writeGridSheetTo = (port: WorkbookPort, plan: SheetPlan, _caps?: unknown) =>
  writeGridSheet(port, plan);
export { readWorkbookSheets, writeEntry, readRosterTables as readRosterTablesOf };
