/**
 * Numbers as cells hold them: a format version or an item saved as text ("1", " 2 ") reads as the
 * number it spells; a text that only JavaScript would take for a number ("0x2", "2e0x") does not.
 */
import { describe, expect, it } from "@jest/globals";
import { consolidate } from "../../src/consolidate";
import { t } from "../../src/strings";
import type { ScoringSheetRead } from "../../src/workbook-format";
import { sheetRead } from "../support/sheet-read";

const files = (sheets: ScoringSheetRead[]) =>
  sheets.map((s, i) => ({ file: `评委${i + 1}.xlsx`, result: { ok: true as const, sheets: [s] } }));

describe("numbers in cells", () => {
  it("a format version and an item saved as text count as the numbers they spell", async () => {
    const asText = {
      ...sheetRead("上海浦江检测技术有限公司", 2, "王 芳", [62, 70, 55]),
      formatVersion: "1",
      item: " 2 ",
    } as unknown as ScoringSheetRead;
    const result = await consolidate(
      files([asText, sheetRead("上海浦江检测技术有限公司", 2, "陈 静", 66)])
    );
    expect(result.problems).toEqual([]);
    expect(result.applications.map((a) => [a.item, a.judges.length])).toEqual([[2, 2]]);
  });

  it("a hex-like item or format version is not a number", async () => {
    const hexItem = {
      ...sheetRead("上海甲公司", 2, "王 芳", 60),
      item: "0x2",
    } as unknown as ScoringSheetRead;
    const hexFormat = {
      ...sheetRead("上海乙公司", 3, "陈 静", 60),
      formatVersion: "0x1",
    } as unknown as ScoringSheetRead;
    const result = await consolidate(files([hexItem, hexFormat]));
    expect(result.problems.map((p) => [p.code, p.message])).toEqual([
      ["bad-item", t("problem.badItem", { value: "0x2" })],
      ["format-version", t("problem.unknownFormat", { version: "0x1", supported: 1 })],
    ]);
    expect(result.sheetsCounted).toBe(0);
  });
});
