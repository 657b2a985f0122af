/**
 * Sheets built through Office.js (on the double), filled through the names, exported to .xlsx
 * and recalculated by LibreOffice give the totals and verdicts src/standard gives.
 */
import { expect, it } from "@jest/globals";
import type { CellValue } from "../../src/sheet-kit";
import { defaultStandard as std, itemNumbers, sheetFigures } from "../../src/standard";
import { readScoringSheets } from "../../src/xlsx";
import { convertWithEngine, describeWithEngine, tempDir } from "../support/engine";
import { exportXlsx } from "../support/excel-double";
import { host, generateScoringSheet, writeEntry } from "../support/excel-host";
import { edgeCases } from "../support/score-cases";

describeWithEngine("the Office.js path's workbook, recalculated by LibreOffice", () => {
  it("agrees with src/standard on every item's edge cases", async () => {
    const { excel, caps, port } = host();
    const expected = new Map<string, ReturnType<typeof sheetFigures>>();
    for (const item of itemNumbers(std)) {
      const cases = edgeCases(std, item);
      for (const name of ["atPassLine", "justBelow", "oneBlank", "overMax", "text"] as const) {
        const sheetName = `${item}-${name}`;
        await generateScoringSheet(
          port,
          {
            standard: std,
            header: { applicant: sheetName, item, judge: "甲", date: "2026-11-24" },
            sheetName,
            mode: "new",
          },
          caps
        );
        for (const [code, score] of Object.entries(cases[name])) {
          await writeEntry(port, sheetName, code, { score: score as CellValue });
        }
        expected.set(sheetName, sheetFigures(std, item, cases[name]));
      }
    }
    const out = await convertWithEngine(
      await exportXlsx(excel),
      "officejs.xlsx",
      "xlsx",
      tempDir("officejs")
    );
    const sheets = await readScoringSheets(out.bytes);
    expect(sheets).toHaveLength(expected.size);
    for (const s of sheets) {
      const e = expected.get(s.sheetName)!;
      expect([s.sheetName, s.cached.total, s.cached.verdict, s.cached.percent]).toEqual([
        s.sheetName,
        e.total,
        e.verdict,
        e.percent,
      ]);
    }
    expect(sheets.filter((s) => s.cached.verdict === "通过").length).toBe(5);
  });
});
