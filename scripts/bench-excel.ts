/**
 * Bench rows for the Excel host, measured on the in-memory double through the workflows over the
 * Office.js workbook port (the pane's door): round trips (syncs that carry operations) of reading
 * the workbook's sheets, generating a sheet (with its 评分指引),
 * re-applying it, writing one score, and the guard handling a pasted 20-cell block; and the time
 * each takes on the double.
 */
import { performance } from "perf_hooks";
import { detectCapabilities, officeWorkbook, ScoreGuard, type ExcelRun } from "../src/excel";
import { generateSheet, readWorkbookSheets, writeEntry } from "../src/workflows";
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
    const port = officeWorkbook(run, caps);
    const application = { applicant: "甲", item, judge: "张三", date: "2026-11-24" };
    // As the pane does: the workbook's sheets are read first (they are listed anyway).
    const generate = async (mode: "new" | "reapply") => {
      const workbook = await readWorkbookSheets(port);
      excel.resetCounters();
      const t0 = performance.now();
      await generateSheet(
        port,
        { standard: std },
        { header: application, sheetName: "S", mode, workbook }
      );
      return performance.now() - t0;
    };
    const newMs = await generate("new");
    rows.push([
      `item ${item}: generate a new sheet and its 评分指引`,
      `${excel.roundTrips} sync`,
      `${newMs.toFixed(1)} ms on the double (after the sheet list: 2 syncs)`,
    ]);
    const reapplyMs = await generate("reapply");
    rows.push([
      `item ${item}: re-apply, inputs kept`,
      `${excel.roundTrips} syncs`,
      `${reapplyMs.toFixed(1)} ms (the 评分指引 rebuilt too)`,
    ]);
    excel.resetCounters();
    const code = `${item}.1`;
    await writeEntry(port, "S", code, {
      score: 10,
      maturity: "10–25% 应对问题",
      strength: "示例",
    });
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
