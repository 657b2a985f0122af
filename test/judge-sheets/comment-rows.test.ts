/**
 * The judge's comment rows follow their text: every sub-item row of a scoring sheet is planned as
 * a row whose height follows its text (from 36 pt), written without a custom height (so Excel
 * grows it as the judge types), as tall as its comments need when the sheet is rebuilt with
 * them, at most Excel's 409 pt — and the comment length the sheet warns beyond is what that
 * tallest row shows in the comment column.
 */
import { describe, expect, it } from "@jest/globals";
import {
  buildScoringSheetPlan,
  COLUMN_WIDTHS,
  COLUMNS,
} from "../../src/judge-sheets/scoring-sheet";
import {
  MAX_ROW_HEIGHT,
  typedRowCapacity,
  typedRowHeight,
  wrappedLines,
} from "../../src/sheet-kit";
import { COMMENT_PRINT_LIMIT, defaultStandard as std, subItemsForItem } from "../../src/standard";
import { entryName } from "../../src/workbook-format";
import { writeWorkbook } from "../../src/xlsx";
import { autoHeightRows } from "../../src/xlsx/text-rows";
import { judgeComment } from "../support/comments";
import { partsOf, text } from "../support/raw-zip";

const header = {
  applicant: "上海丙丁检测技术有限公司",
  item: 3,
  judge: "陈 静",
  date: "2026-11-24",
};
const width = COLUMN_WIDTHS[COLUMNS.strength - 1] as number;

const rowOf = (plan: ReturnType<typeof buildScoringSheetPlan>, code: string) =>
  Number(/\d+$/.exec(plan.names.find((n) => n.name === entryName("strength", code))!.address)![0]);

describe("the scoring sheet's comment rows", () => {
  const subs = subItemsForItem(std, 3);

  it("are rows whose height follows their text, from 36 pt; other rows keep their height", () => {
    const plan = buildScoringSheetPlan(std, header);
    const rows = subs.map((s) => rowOf(plan, s.code));
    expect(
      Object.keys(plan.textRows ?? {})
        .map(Number)
        .sort((a, b) => a - b)
    ).toEqual(rows);
    for (const row of rows) expect(plan.textRows![row]).toBe(36);
    for (const row of rows) expect(plan.rowHeights[row]).toBeGreaterThanOrEqual(36);
  });

  it("are written without a custom height; the part headers keep theirs", async () => {
    const plan = buildScoringSheetPlan(std, header);
    const xml = text((await partsOf(await writeWorkbook([plan]))).get("xl/worksheets/sheet1.xml")!);
    const tag = (row: number) => new RegExp(`<row r="${row}"[^>]*>`).exec(xml)![0];
    const first = rowOf(plan, subs[0].code);
    expect(tag(first)).toMatch(/ ht="\d+(\.\d+)?"/);
    expect(tag(first)).not.toMatch(/customHeight/);
    // The part's header row, just above its first sub-item, is given its height.
    expect(tag(first - 1)).toMatch(/customHeight="1"/);
  });

  it("take the custom flag off only the rows asked, whatever the attribute order", () => {
    const xml =
      '<sheetData><row r="7" ht="36" customHeight="1" spans="1:11"/>' +
      '<row customHeight="1" ht="20" r="17"/><row r="71" ht="20" customHeight="1"/></sheetData>';
    expect(autoHeightRows(xml, new Set([7, 17]))).toBe(
      '<sheetData><row r="7" ht="36" spans="1:11"/>' +
        '<row ht="20" r="17"/><row r="71" ht="20" customHeight="1"/></sheetData>'
    );
  });

  it("are as tall as their comments when the sheet is rebuilt with them, at most 409 pt", () => {
    const [a, b, c] = subs;
    const entries = {
      [a.code]: { score: 10, strength: judgeComment(25, 1) },
      [b.code]: { score: 10, improvement: judgeComment(120, 4) },
      [c.code]: { score: 10, strength: judgeComment(600, 7) },
    };
    const plan = buildScoringSheetPlan(std, header, { entries });
    const height = (code: string) => plan.rowHeights[rowOf(plan, code)];
    const lines = (s: string) => wrappedLines(s, width);
    // Each line of Excel's measure takes 15 pt; the typed rows have room to spare.
    expect(height(b.code)).toBeGreaterThan(lines(entries[b.code].improvement!) * 15 + 5);
    expect(height(b.code)).toBe(
      typedRowHeight([{ text: entries[b.code].improvement!, width }], 36)
    );
    expect(height(a.code)).toBeGreaterThanOrEqual(36);
    expect(height(c.code)).toBe(MAX_ROW_HEIGHT);
  });

  it("warn beyond what the tallest row shows in the comment column", () => {
    const capacity = typedRowCapacity(width);
    expect(COMMENT_PRINT_LIMIT).toBeLessThanOrEqual(capacity);
    expect(COMMENT_PRINT_LIMIT).toBeGreaterThan(capacity - 10);
    const full = "质".repeat(COMMENT_PRINT_LIMIT);
    expect(typedRowHeight([{ text: full, width }], 36)).toBeLessThanOrEqual(MAX_ROW_HEIGHT);
  });
});
