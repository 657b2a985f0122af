/**
 * Any score vector gives the same figures and verdict in TypeScript and in the sheet's formulas:
 * a random sample (fixed seed) typed into generated sheets and recalculated by LibreOffice. And the
 * exact sum agrees with a BigInt reference on random decimals.
 */
import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { type CellValue } from "../../src/sheet-kit";
import { entryName } from "../../src/workbook-format";
import { buildScoringSheetPlan } from "../../src/judge-sheets";
import {
  defaultStandard as std,
  subItemsForItem,
  sheetFigures,
  exactSum,
} from "../../src/standard";
import { readScoringSheets, writeWorkbook } from "../../src/xlsx";
import { convertWithEngine, describeWithEngine, tempDir } from "../support/engine";
import { recordFuzz } from "../support/fuzz-report";
import { setCells } from "../support/xlsx-cells";

const SEED = 20261126;

/**
 * One cell's content as a judge might leave it. Logical TRUE/FALSE are left out here: LibreOffice
 * has no logical type (it reads a pasted TRUE as the number 1 in the cell's number format), so it
 * cannot agree with Excel, WPS and this tool, which report a logical as invalid. See
 * docs/reliability.md.
 */
function cellFor(max: number) {
  return fc.oneof(
    { weight: 6, arbitrary: fc.integer({ min: 0, max: 20 }).map((k) => (max * k * 5) / 100) },
    { weight: 3, arbitrary: fc.integer({ min: -1000, max: (max + 10) * 100 }).map((h) => h / 100) },
    { weight: 1, arbitrary: fc.constant<CellValue>(null) },
    { weight: 1, arbitrary: fc.constantFrom<CellValue>("四十", "45", " ", "=1") }
  );
}

const vector = fc
  .integer({ min: 1, max: 5 })
  .chain((item) =>
    fc.tuple(fc.constant(item), fc.tuple(...subItemsForItem(std, item).map((s) => cellFor(s.max))))
  );

describeWithEngine("TypeScript and the sheet's formulas on random score vectors", () => {
  it("agree on total, percentage, progress and verdict for every sampled vector", async () => {
    const samples = fc.sample(vector, { seed: SEED, numRuns: 80 });
    const plans = samples.map(([item], i) =>
      buildScoringSheetPlan(
        std,
        { applicant: `样本${i}`, item, judge: "甲", date: "2026-11-24" },
        { sheetName: `S${i}` }
      )
    );
    const template = await writeWorkbook(plans);
    const read = await readScoringSheets(template);
    const edits: Record<string, Record<string, CellValue>> = {};
    samples.forEach(([item, values], i) => {
      edits[`S${i}`] = {};
      subItemsForItem(std, item).forEach(
        (s, k) =>
          (edits[`S${i}`][read[i].names[entryName("score", s.code)]] = values[k] as CellValue)
      );
    });
    const out = await convertWithEngine(
      await setCells(template, edits),
      "sample.xlsx",
      "xlsx",
      tempDir("sample")
    );
    const computed = await readScoringSheets(out.bytes);
    let disagreements = 0;
    samples.forEach(([item, values], i) => {
      const scores = Object.fromEntries(
        subItemsForItem(std, item).map((s, k) => [s.code, values[k] === " " ? " " : values[k]])
      );
      const e = sheetFigures(std, item, scores);
      const got = computed[i].cached;
      const same =
        got.verdict === e.verdict &&
        got.scored === e.scoredCount &&
        (e.verdict === "有误" || (got.total === e.total && got.percent === e.percent));
      if (!same) disagreements++;
      expect([i, got.verdict, got.scored]).toEqual([i, e.verdict, e.scoredCount]);
      if (e.verdict !== "有误")
        expect([i, got.total, got.percent]).toEqual([i, e.total, e.percent]);
    });
    recordFuzz("rules-vs-formulas", { inputs: samples.length, disagreements, seed: SEED });
  });
});

describe("the exact sum", () => {
  it("equals a BigInt reference for any scores with up to 2 decimals", () => {
    let runs = 0;
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 12000 }), { maxLength: 11 }), (hundredths) => {
        runs++;
        const reference = hundredths.reduce((a, h) => a + BigInt(h), BigInt(0));
        expect(exactSum(hundredths.map((h) => h / 100))).toBe(Number(reference) / 100);
      }),
      { seed: SEED + 1, numRuns: 1000 }
    );
    recordFuzz("exact-sum", { inputs: runs, seed: SEED + 1 });
  });
});
