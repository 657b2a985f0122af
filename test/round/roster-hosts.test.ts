/**
 * The roster reads the same through both hosts: an .xlsx file (src/xlsx) and the open workbook
 * through Office.js (src/excel, here the double) give equal tables and the same round — in two
 * syncs. And the tool's own assignment lands in the roster's 分配 sheet, in place of an empty one.
 */
import { describe, expect, it } from "@jest/globals";
import ExcelJS from "exceljs";
import { readRosterTables as readFromExcel } from "../../src/workflows";
import { balancedAssignments, readRoster, ROSTER_SHEETS, rosterAssignments } from "../../src/round";
import { rosterWorkbook } from "../../src/judge-sheets/roster";
import { defaultStandard as std } from "../../src/standard";
import { t } from "../../src/strings";
import { readRosterTables as readFromXlsx } from "../../src/xlsx";
import { host, writeGridSheetTo } from "../support/excel-host";
import { ROSTER, withoutGrid, type Rows } from "../support/round-fixture";

async function xlsxOf(sheets: Record<string, Rows>): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    rows.forEach((r) => ws.addRow(r));
  }
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** 回避 moved one column right (its used range starts at B1) and an extra column on 申报. */
const SHIFTED: Record<string, Rows> = {
  ...ROSTER,
  申报: ROSTER["申报"].map((r, i) => [...r, i === 0 ? "备注" : "材料已收"]),
  回避: ROSTER["回避"].map((r) => [null, ...r]),
};

describe("the roster through both hosts", () => {
  for (const [label, sheets] of [
    ["as written", ROSTER],
    ["shifted, with an extra column", SHIFTED],
  ] as const) {
    it(`reads equal tables and the same round (${label}), in two syncs`, async () => {
      const fromFile = await readFromXlsx(await xlsxOf(sheets));
      const { excel, port } = host();
      excel.openSheets({ Sheet1: [], ...sheets });
      excel.resetCounters();
      const fromExcel = await readFromExcel(port);
      expect(excel.syncs).toBe(2);
      expect(fromExcel).toEqual(fromFile);
      const round = readRoster(std, fromExcel!);
      expect(round.ok).toBe(true);
      if (round.ok) expect(rosterAssignments(round.round)).toHaveLength(24);
    });
  }

  it("refuses, as the file host does, an open roster whose 回避 sheet is hidden or very hidden", async () => {
    for (const visibility of ["Hidden", "VeryHidden"] as const) {
      const { excel, port } = host();
      excel.openSheets({ Sheet1: [], ...ROSTER });
      excel.state.sheets.find((s) => s.name === "回避")!.visibility = visibility;
      excel.resetCounters();
      const tables = await readFromExcel(port);
      expect(excel.syncs).toBe(2);
      const read = readRoster(std, tables!);
      expect(read.ok ? [] : read.problems.map((p) => `${p.sheet}!${p.cell} ${p.message}`)).toEqual([
        `回避! ${t("roster.hiddenSheet", { sheet: "回避" })}`,
      ]);
    }
    const { excel, port } = host();
    excel.openSheets({ Sheet1: [], ...ROSTER });
    expect(readRoster(std, (await readFromExcel(port))!).ok).toBe(true);
  });

  it("says there is no roster when the workbook has neither 申报 nor 评委", async () => {
    const { excel, port } = host();
    excel.openSheets({ Sheet1: [["x"]], 轮次: ROSTER["轮次"] });
    expect(await readFromExcel(port)).toBeNull();
  });

  it("writes the tool's assignment as 分配, replacing an empty 分配 where it stood", async () => {
    const rest = withoutGrid();
    const { excel, caps, port } = host();
    excel.openSheets({ ...rest, 分配: [ROSTER["分配"][0]], 说明: [["备注"]] });
    const read = readRoster(std, (await readFromExcel(port))!);
    if (!read.ok) throw new Error("roster should read");
    expect(read.round.grid).toBeNull();
    const balanced = balancedAssignments(read.round, 3);
    if (!balanced.ok) throw new Error("should assign");
    const plan = rosterWorkbook(std, read.round, balanced.assignments).find(
      (p) => p.sheetName === ROSTER_SHEETS.grid
    )!;
    excel.resetCounters();
    await writeGridSheetTo(port, plan, caps);
    expect(excel.syncs).toBe(2);
    expect(excel.state.sheets.map((s) => s.name)).toEqual([...Object.keys(rest), "分配", "说明"]);
    const again = readRoster(std, (await readFromExcel(port))!);
    if (!again.ok) throw new Error("roster should read again");
    const key = (pairs: { applicationId: string; judgeId: string }[]) =>
      pairs.map((p) => `${p.applicationId}-${p.judgeId}`).sort();
    expect(key(again.round.grid ?? [])).toEqual(key(balanced.assignments));
  });
});
