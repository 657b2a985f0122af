/**
 * The verdict rule lives in src/standard and in the sheet's formulas. This test holds the two
 * equal through a real engine: every case is typed into a generated sheet through the format's
 * names, cached results are stripped, LibreOffice recalculates, and what it computed must be
 * what sheetFigures() says.
 */
import { beforeAll, expect, it } from "@jest/globals";
import { type CellValue } from "../../src/sheet-kit";
import { entryName, NAMES } from "../../src/workbook-format";
import { buildScoringSheetPlan } from "../../src/judge-sheets";
import { defaultStandard as std, itemNumbers, sheetFigures } from "../../src/standard";
import { readScoringSheets, writeWorkbook, type ScoringSheetRead } from "../../src/xlsx";
import { convertWithEngine, describeWithEngine, tempDir } from "../support/engine";
import { edgeCases, TENTHS_MAKING_300, type Scores } from "../support/score-cases";
import { setCells } from "../support/xlsx-cells";

interface Case {
  sheet: string;
  item: number;
  name: string;
  scores: Scores;
}

const cases: Case[] = [];
for (const item of itemNumbers(std)) {
  for (const [name, scores] of Object.entries(edgeCases(std, item)))
    cases.push({ sheet: `${item}-${name}`, item, name, scores });
}
// Nine tenths that add up to 300 exactly, but not in naive floating point.
cases.push({
  sheet: "1-tenths",
  item: 1,
  name: "tenths",
  scores: TENTHS_MAKING_300,
});

describeWithEngine(
  "the sheet's formulas, recalculated by LibreOffice, agree with src/standard",
  () => {
    let computed: Map<string, ScoringSheetRead>;

    beforeAll(async () => {
      const plans = cases.map((c) =>
        buildScoringSheetPlan(
          std,
          { applicant: `申报组织 ${c.sheet}`, item: c.item, judge: "评委甲", date: "2026-11-24" },
          { sheetName: c.sheet }
        )
      );
      const template = await writeWorkbook(plans);
      // Type each case into its sheet, finding the cells through the format's names.
      const names = new Map((await readScoringSheets(template)).map((s) => [s.sheetName, s.names]));
      const edits: Record<string, Record<string, CellValue>> = {};
      for (const c of cases) {
        const sheetNames = names.get(c.sheet)!;
        edits[c.sheet] = {};
        for (const [code, value] of Object.entries(c.scores)) {
          edits[c.sheet][sheetNames[entryName("score", code)]] = value as CellValue;
        }
      }
      const filled = await setCells(template, edits);
      const out = await convertWithEngine(filled, "cases.xlsx", "xlsx", tempDir("formulas"));
      computed = new Map((await readScoringSheets(out.bytes)).map((s) => [s.sheetName, s]));
    });

    it.each(cases.map((c) => [c.sheet, c] as const))("%s", (_sheet, c) => {
      const expected = sheetFigures(std, c.item, c.scores);
      const got = computed.get(c.sheet)!;
      expect(got).toBeDefined();
      expect(got.cached.verdict).toBe(expected.verdict);
      expect(got.cached.scored).toBe(expected.scoredCount);
      expect(got.cached.itemTotal).toBe(expected.itemSubtotal);
      expect(got.cached.valueTotal).toBe(expected.valueSubtotal);
      expect(got.cached.total).toBe(expected.total);
      expect(got.cached.percent).toBe(expected.percent);
      expect(got.cached.passLine).toBe(expected.passLine);
    });

    it("computes the expected verdicts for the named cases (so the comparison above is not vacuous)", () => {
      const verdicts = Object.fromEntries(
        [...computed].map(([sheet, s]) => [sheet, s.cached.verdict])
      );
      for (const item of itemNumbers(std)) {
        expect([
          verdicts[`${item}-full`],
          verdicts[`${item}-zero`],
          verdicts[`${item}-atPassLine`],
          verdicts[`${item}-justBelow`],
          verdicts[`${item}-justAbove`],
          verdicts[`${item}-oneBlank`],
          verdicts[`${item}-overMax`],
          verdicts[`${item}-text`],
          verdicts[`${item}-numericText`],
          verdicts[`${item}-negative`],
          verdicts[`${item}-blankAndInvalid`],
          verdicts[`${item}-offStep`],
        ]).toEqual([
          "通过",
          "未通过",
          "通过",
          "未通过",
          "通过",
          "未完成",
          "有误",
          "有误",
          "有误",
          "有误",
          "有误",
          "未通过",
        ]);
        expect(computed.get(`${item}-full`)!.cached.total).toBe(500);
        expect(computed.get(`${item}-atPassLine`)!.cached.total).toBe(300);
        expect(computed.get(`${item}-justBelow`)!.cached.total).toBe(299.5);
      }
      expect(computed.get("1-tenths")!.cached.total).toBe(300);
      expect(verdicts["1-tenths"]).toBe("通过");
    });

    it("keeps the metadata typed by the tool", () => {
      const s = computed.get("3-full")!;
      expect([s.applicant, s.item, s.judge, s.date, s.formatVersion]).toEqual([
        "申报组织 3-full",
        3,
        "评委甲",
        46350,
        1,
      ]);
      expect(Object.keys(s.names)).toContain(NAMES.verdict);
    });
  }
);
