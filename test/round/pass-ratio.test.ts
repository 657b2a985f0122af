/**
 * The roster's 通过线比例: the template formats it as a percentage (0%), and the roster check
 * reads it as people write it — 60% typed in that cell (0.6), "60%" or "０．６" as text, 0.6, and
 * a bare 60 read as 60 % (from 10 to 100; 1.5 is a mistake) — refusing, with the cell named, what is not a pass ratio.
 */
import { describe, expect, it } from "@jest/globals";
import ExcelJS from "exceljs";
import { rosterWorkbook } from "../../src/judge-sheets";
import { parsePassRatio } from "../../src/round/pass-ratio";
import { readRoster, ROSTER_SHEETS, ROUND_KEYS } from "../../src/round";
import { FORMATS } from "../../src/sheet-kit";
import { defaultStandard as std } from "../../src/standard";
import { t } from "../../src/strings";
import { readRosterTables, writeWorkbook } from "../../src/xlsx";
import { ROSTER, type Rows } from "../support/round-fixture";

describe("parsePassRatio", () => {
  it.each([
    [0.6, 0.6],
    [1, 1],
    [0.005, 0.005],
    ["0.6", 0.6],
    [" 60% ", 0.6],
    ["60 %", 0.6],
    ["62.5%", 0.625],
    ["６０％", 0.6],
    ["100%", 1],
    [60, 0.6],
    ["60", 0.6],
    [100, 1],
    [10, 0.1],
  ])("reads %j as %j", (typed, ratio) => {
    expect(parsePassRatio(typed)).toBeCloseTo(ratio, 10);
  });

  it.each([0, -0.6, "0%", "101%", 1.5, "9", 100.5, 600, "六成", "60%%", "0x3C", "", null, true])(
    "refuses %j",
    (typed) => {
      expect(parsePassRatio(typed as never)).toBeNull();
    }
  );
});

async function rosterWith(pass: unknown): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(ROSTER) as [string, Rows][]) {
    const ws = wb.addWorksheet(name);
    rows.forEach((r) =>
      ws.addRow(name === ROSTER_SHEETS.round && r[0] === ROUND_KEYS.passRatio ? [r[0], pass] : r)
    );
  }
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describe("the roster's 通过线比例", () => {
  it("is a percentage cell in the template, holding the standard's ratio as a number", () => {
    const round = rosterWorkbook(std).find((p) => p.sheetName === ROSTER_SHEETS.round)!;
    const cell = round.cells.find((c) => c.address === "B3")!;
    expect(round.cells.find((c) => c.address === "A3")?.value).toBe(ROUND_KEYS.passRatio);
    expect([cell.value, cell.numberFormat]).toEqual([std.passRatio, FORMATS.percent]);
  });

  it("reads 60% written as text, and the template's own cell read back", async () => {
    for (const typed of ["60%", 0.6, 60]) {
      const read = readRoster(std, await readRosterTables(await rosterWith(typed)));
      if (!read.ok) throw new Error(JSON.stringify(read.problems));
      expect(read.round.passRatio).toBeCloseTo(0.6, 10);
    }
    const template = await writeWorkbook(rosterWorkbook(std));
    const tables = await readRosterTables(template);
    expect(tables[ROSTER_SHEETS.round]?.rows.find((r) => r.row === 3)).toBeDefined();
  });

  it("refuses 0 %, 150 % or words, naming the cell, with the ways it may be written", async () => {
    for (const typed of ["0%", "150%", "六成"]) {
      const read = readRoster(std, await readRosterTables(await rosterWith(typed)));
      expect(read.ok).toBe(false);
      if (read.ok) continue;
      expect(read.problems).toContainEqual({
        sheet: ROSTER_SHEETS.round,
        cell: "B3",
        message: t("roster.badPass", { value: typed }),
      });
    }
  });
});
