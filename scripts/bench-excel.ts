/**
 * Bench rows for the Excel host, measured on the in-memory double: round trips (syncs that
 * carry operations) of generating a sheet, re-applying it, writing one score, and the guard
 * handling a pasted 20-cell block; and the time each takes on the double.
 */
import { performance } from "perf_hooks";
import {
  detectCapabilities,
  generateScoringSheet,
  ScoreGuard,
  writeEntry,
  type ExcelRun,
} from "../src/excel";
import { defaultStandard as std, itemNumbers } from "../src/standard";
import { ExcelDouble } from "../test/support/excel-double";

export type Row = [string, string, string];

export async function excelRows(): Promise<Row[]> {
  const rows: Row[] = [];
  for (const item of itemNumbers(std)) {
    const excel = new ExcelDouble();
    const run: ExcelRun = (batch) =>
      excel.run((ctx) => batch(ctx as unknown as Excel.RequestContext));
    const caps = detectCapabilities(excel.office.context.requirements);
    const application = { applicant: "甲", item, judge: "张三", date: "2026-11-24" };
    let t0 = performance.now();
    await run((ctx) =>
      generateScoringSheet(
        ctx,
        { standard: std, header: application, sheetName: "S", mode: "new" },
        caps
      )
    );
    rows.push([
      `item ${item}: generate a new sheet`,
      `${excel.roundTrips} sync`,
      `${(performance.now() - t0).toFixed(1)} ms on the double`,
    ]);
    excel.resetCounters();
    t0 = performance.now();
    await run((ctx) =>
      generateScoringSheet(
        ctx,
        { standard: std, header: application, sheetName: "S", mode: "reapply" },
        caps
      )
    );
    rows.push([
      `item ${item}: re-apply, inputs kept`,
      `${excel.roundTrips} syncs`,
      `${(performance.now() - t0).toFixed(1)} ms`,
    ]);
    excel.resetCounters();
    const code = `${item}.1`;
    await run((ctx) =>
      writeEntry(ctx, "S", code, { score: 10, maturity: "10–25% 应对问题", strength: "示例" })
    );
    rows.push([`item ${item}: write one score + 成熟度 + 评语`, `${excel.roundTrips} sync`, ""]);
    const guard = new ScoreGuard(run, std, caps);
    await guard.watch("S", item);
    excel.resetCounters();
    // 20 cells: the score column and the four columns beside it, rows 7–10 (the judge has
    // unprotected the sheet: Excel refuses a paste over locked cells of a protected one).
    excel.userUnprotect("S");
    excel.userEdit("S", "D7:H10", [
      [999, "x", "x", "x", "x"],
      ["文字", "x", "x", "x", "x"],
      [1, "x", "x", "x", "x"],
      [2, "x", "x", "x", "x"],
    ]);
    await excel.idle();
    rows.push([
      `item ${item}: guard on a 20-cell paste`,
      `${excel.roundTrips} sync`,
      `${guard.list.length} invalid cells listed`,
    ]);
  }
  return rows;
}
