/**
 * The 审定 sheet's suggested result (src/standard/approval.ts) gives, once LibreOffice has
 * recalculated it, what the TypeScript rule gives: over vote counts written out (a majority by
 * one, a tie, abstentions tipping it, all zero, blanks, a fraction, a negative, a text, TRUE) and
 * sampled ones — first in a bare sheet, then in the 审定 sheet of a real consolidation with the
 * votes typed into its cells.
 */
import { beforeAll, expect, it } from "@jest/globals";
import ExcelJS from "exceljs";
import fc from "fast-check";
import { consolidate } from "../../src/consolidate";
import { consolidationWorkbook } from "../../src/secretariat-sheets/consolidation";
import { approvalCandidates } from "../../src/secretariat-sheets/consolidation/approval-sheet";
import { APPROVAL_COLUMNS as C } from "../../src/workbook-format";
import {
  APPROVAL_LABEL,
  approvalFormula,
  defaultStandard as std,
  suggestedApproval,
  type VoteCell,
} from "../../src/standard";
import { writeWorkbook } from "../../src/xlsx";
import { committeeRound } from "../support/committee-round";
import { convertWithEngine, describeWithEngine, tempDir } from "../support/engine";
import { setCells } from "../support/xlsx-cells";

type Row = [VoteCell, VoteCell, VoteCell];
const WRITTEN: Row[] = [
  [5, 4, 0], // a majority by one
  [4, 4, 0], // a tie fails
  [5, 2, 3], // abstentions are votes cast: 5 of 10 is not more than half
  [6, 2, 3],
  [0, 0, 0], // nobody voted: blank
  [null, null, null], // nothing typed: blank
  [7, null, null], // blanks count as 0 once a count is typed
  [null, 3, null],
  [4.5, 1, 0], // a fraction: blank
  [5, -1, 0], // a negative: blank
  ["五", 1, 0], // a text: blank
  [true, 0, 0],
  [1, 0, 0],
  [0, 0, 1],
  [13, 12, 0],
];
const countArb = fc.oneof(
  fc.integer({ min: 0, max: 15 }),
  fc.constant(null),
  fc.constantFrom<VoteCell>(2.5, -3, "7")
);
const SAMPLED = fc.sample(fc.tuple(countArb, countArb, countArb), { numRuns: 40, seed: 20261210 });
const ROWS: Row[] = [...WRITTEN, ...SAMPLED];

const want = (r: Row) => {
  const s = suggestedApproval({ for: r[0], against: r[1], abstain: r[2] });
  return s === null ? "" : APPROVAL_LABEL[s];
};
const shown = (v: ExcelJS.CellValue) =>
  v && typeof v === "object" && "formula" in v ? (v.result ?? "") : (v ?? "");

async function recalculated(bytes: Uint8Array, name: string): Promise<ExcelJS.Workbook> {
  const out = await convertWithEngine(bytes, name, "xlsx", tempDir("approval"));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(out.bytes as unknown as ArrayBuffer);
  return wb;
}

describeWithEngine("the 审定 formula through LibreOffice", () => {
  let bare: ExcelJS.Workbook;
  let sheet: ExcelJS.Worksheet;
  let rows: number;
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("V");
    ROWS.forEach((r, i) => {
      r.forEach((v, k) => {
        if (v !== null) ws.getCell(i + 1, k + 1).value = v;
      });
      ws.getCell(i + 1, 4).value = {
        formula: approvalFormula({ yes: `A${i + 1}`, no: `B${i + 1}`, abstain: `C${i + 1}` }).slice(
          1
        ),
      };
    });
    bare = await recalculated(
      new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer),
      "v.xlsx"
    );

    const { files, round, assignments } = committeeRound();
    const result = await consolidate(files, { winners: 2 }, std, undefined, { round, assignments });
    const plans = consolidationWorkbook(std, result);
    rows = approvalCandidates(result).length;
    const edits: Record<string, VoteCell> = {};
    WRITTEN.slice(0, rows).forEach((r, i) => {
      [C.yes, C.no, C.abstain].forEach((col, k) => (edits[`${col}${4 + i}`] = r[k]));
    });
    const typed = await setCells(await writeWorkbook(plans), { 审定: edits });
    sheet = (await recalculated(typed, "汇总.xlsx")).getWorksheet("审定")!;
  }, 180000);

  it("gives the rule's result in every row of a bare sheet", () => {
    ROWS.forEach((r, i) => {
      expect([i, r, shown(bare.getWorksheet("V")!.getCell(i + 1, 4).value)]).toEqual([
        i,
        r,
        want(r),
      ]);
    });
  });

  it("gives the rule's result in the 审定 sheet of a consolidation, votes typed into it", () => {
    expect(rows).toBeGreaterThanOrEqual(8);
    WRITTEN.slice(0, rows).forEach((r, i) => {
      const got = shown(sheet.getCell(`${C.suggested}${4 + i}`).value);
      expect([i, r, got]).toEqual([i, r, want(r)]);
    });
  });

  it("the rows hold every outcome (not vacuous)", () => {
    const outcomes = new Set(ROWS.map(want));
    expect([...outcomes].sort()).toEqual(["", APPROVAL_LABEL.fail, APPROVAL_LABEL.pass].sort());
  });
});
