/**
 * The stage rules' formulas (src/standard/shortlist.ts, combined-score.ts) give, once LibreOffice
 * has recalculated them, what the TypeScript rules give — over varied rounds with ties at the cut,
 * finals on the line, missing finals and weights with 4 decimals.
 */
import { beforeAll, expect, it } from "@jest/globals";
import ExcelJS from "exceljs";
import fc from "fast-check";
import {
  advanceOf,
  combinedFormula,
  combinedHundredths,
  shortlistFormula,
  type AdvanceRule,
  type Contender,
} from "../../src/standard";
import { convertWithEngine, describeWithEngine, tempDir } from "../support/engine";

const RULES: AdvanceRule[] = [
  { kind: "top", count: 3, perItem: true },
  { kind: "top", count: 2, perItem: false },
  { kind: "line", points: 300 },
  { kind: "all" },
];
const WORDS = { advance: "go", tie: "tie" };
const SYMBOL = { advance: "go", "tie-at-cut": "tie", out: "" } as const;
const WEIGHTS = [
  [0.4, 0.6],
  [0, 0.3333, 0.6667],
  [0.35, 0.65],
];

/** Finals from a small set, so ties are common; null is a missing final. */
const finalArb = fc.oneof(
  fc.constantFrom(300, 299.99, 402.5, 402.5, 380, 0.01),
  fc.integer({ min: 0, max: 50000 }).map((h) => h / 100),
  fc.constant(null)
);
const roundArb = fc.array(
  fc.record({
    item: fc.integer({ min: 1, max: 3 }),
    finals: fc.array(finalArb, { minLength: 3, maxLength: 3 }),
  }),
  { minLength: 4, maxLength: 12 }
);
/** A round written out: item 1 ties at the third place, item 2 has a final exactly on the line. */
const WRITTEN: { item: number; finals: (number | null)[] }[] = [
  { item: 1, finals: [410, 388.33, null] },
  { item: 1, finals: [402.5, 402.55, 300] },
  { item: 1, finals: [380, 380, 380] },
  { item: 1, finals: [380, 299.99, 0.01] },
  { item: 1, finals: [null, 300, 300] },
  { item: 2, finals: [300, 299.99, 300.01] },
  { item: 2, finals: [299.99, 0, 0.01] },
];
const rounds = [WRITTEN, ...fc.sample(roundArb, { numRuns: 6, seed: 20261203 })];

type Row = { item: number; finals: (number | null)[] };

function sheetOf(wb: ExcelJS.Workbook, name: string, rows: Row[]): void {
  const ws = wb.addWorksheet(name);
  const n = rows.length;
  const at = (col: string) => `$${col}$2:$${col}$${n + 1}`;
  rows.forEach((r, i) => {
    const row = i + 2;
    ws.getCell(`A${row}`).value = r.item;
    r.finals.forEach((f, s) => {
      if (f !== null) ws.getCell(row, 2 + s).value = f;
    });
    RULES.forEach((rule, k) => {
      const refs = { item: `A${row}`, final: `B${row}`, itemRange: at("A"), finalRange: at("B") };
      ws.getCell(row, 5 + k).value = { formula: shortlistFormula(rule, refs, WORDS).slice(1) };
    });
    WEIGHTS.forEach((weights, k) => {
      const stages = weights.map((weight, s) => ({ weight, final: `${"BCD"[s]}${row}` }));
      ws.getCell(row, 9 + k).value = { formula: combinedFormula(stages).slice(1) };
    });
  });
}

describeWithEngine("the stage formulas through LibreOffice", () => {
  let computed: ExcelJS.Workbook;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    rounds.forEach((rows, i) => sheetOf(wb, `R${i + 1}`, rows));
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const out = await convertWithEngine(bytes, "stages.xlsx", "xlsx", tempDir("stages"));
    computed = new ExcelJS.Workbook();
    await computed.xlsx.load(out.bytes as unknown as ArrayBuffer);
  });

  it.each(rounds.map((rows, i) => [`R${i + 1}`, rows] as const))("round %s", (sheet, rows) => {
    const ws = computed.getWorksheet(sheet)!;
    const text = (v: ExcelJS.CellValue) =>
      v && typeof v === "object" && "formula" in v ? (v.result ?? "") : (v ?? "");
    const field: Contender[] = rows.map((r) => ({
      item: r.item,
      finalHundredths: r.finals[0] === null ? null : Math.round(r.finals[0] * 100),
    }));
    rows.forEach((r, i) => {
      RULES.forEach((rule, k) => {
        const want = SYMBOL[advanceOf(field[i], field, rule)];
        expect([i, k, text(ws.getCell(i + 2, 5 + k).value)]).toEqual([i, k, want]);
      });
      WEIGHTS.forEach((weights, k) => {
        const finals = r.finals.map((f) => (f === null ? null : Math.round(f * 100)));
        const want = combinedHundredths(weights, finals);
        const got = text(ws.getCell(i + 2, 9 + k).value);
        expect([i, k, got]).toEqual([i, k, want === null ? "" : want / 100]);
      });
    });
  });

  it("the sampled rounds hold ties at a cut, missing finals and combined results (not vacuous)", () => {
    const all = rounds.flatMap((rows) => {
      const field = rows.map((r) => ({
        item: r.item,
        finalHundredths: r.finals[0] === null ? null : Math.round(r.finals[0] * 100),
      }));
      return field.map((c) => advanceOf(c, field, RULES[0]));
    });
    expect(all).toContain("tie-at-cut");
    expect(all).toContain("out");
    expect(rounds.flat().some((r) => r.finals.every((f) => f !== null))).toBe(true);
  });
});
