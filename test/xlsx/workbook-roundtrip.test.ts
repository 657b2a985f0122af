import { describe, expect, it } from "@jest/globals";
import JSZip from "jszip";
import { buildScoringSheetPlan } from "../../src/judge-sheets";
import { defaultStandard as std } from "../../src/standard";
import { readScoringSheets, writeWorkbook, XlsxPackage, parseNameRef } from "../../src/xlsx";

const plan = (applicant: string, sheetName: string, item = 2) =>
  buildScoringSheetPlan(std, { applicant, item, judge: "张三", date: "2026-11-24" }, { sheetName });

describe("writing and reading a scoring workbook", () => {
  it("scopes the format's names to their own sheet, so two sheets each have their MH_TOTAL", async () => {
    const bytes = await writeWorkbook([plan("甲公司", "甲"), plan("乙 & 丙's", "乙 & 丙’s", 5)]);
    const pkg = await XlsxPackage.open(bytes);
    const totals = pkg.names.filter((n) => n.name === "MH_TOTAL");
    expect(totals.map((n) => n.localSheetId)).toEqual([0, 1]);
    expect(totals.map((n) => parseNameRef(n.ref)?.sheet)).toEqual(["甲", "乙 & 丙’s"]);
    const sheets = await readScoringSheets(bytes);
    expect(sheets.map((s) => [s.applicant, s.item])).toEqual([
      ["甲公司", 2],
      ["乙 & 丙's", 5],
    ]);
  });

  it("writes a formula-looking applicant as text, never as a formula", async () => {
    const evil = '=HYPERLINK("http://example.invalid","点我")';
    const bytes = await writeWorkbook([plan(evil, "x")]);
    const zip = await JSZip.loadAsync(bytes);
    const sheetXml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    const b2 = /<c r="B2"[^>]*>[\s\S]*?<\/c>/.exec(sheetXml)![0];
    expect(b2).not.toContain("<f>");
    expect(b2).toMatch(/t="s"/);
    expect((await readScoringSheets(bytes))[0].applicant).toBe(evil);
  });

  it("stores cached results so a reader without an engine sees the right figures", async () => {
    const [sheet] = await readScoringSheets(await writeWorkbook([plan("甲公司", "甲")]));
    expect(sheet.cached).toEqual({
      itemTotal: 0,
      valueTotal: 0,
      total: 0,
      percent: 0,
      passLine: 300,
      scored: 0,
      verdict: "未完成",
      warnings: 0,
    });
    expect(Object.keys(sheet.entries)).toEqual(["2.1", "2.2", "2.3", "6.1", "6.2", "6.3"]);
  });

  it("asks spreadsheet programs to recalculate on open", async () => {
    const zip = await JSZip.loadAsync(await writeWorkbook([plan("甲公司", "甲")]));
    expect(await zip.file("xl/workbook.xml")!.async("string")).toMatch(
      /<calcPr[^>]*fullCalcOnLoad="1"/
    );
  });

  it("ignores sheets that are not scoring sheets", async () => {
    const bytes = await writeWorkbook([plan("甲公司", "甲")]);
    const zip = await JSZip.loadAsync(bytes);
    let wb = await zip.file("xl/workbook.xml")!.async("string");
    wb = wb.replace(/<definedName name="MH_FORMAT"[^<]*<\/definedName>/, "");
    zip.file("xl/workbook.xml", wb);
    expect(await readScoringSheets(await zip.generateAsync({ type: "uint8array" }))).toEqual([]);
  });
});

describe("name references", () => {
  it("parse quoted, unquoted and doubled-apostrophe sheet names", () => {
    expect(parseNameRef("'a''b'!$D$7")).toEqual({ sheet: "a'b", cell: "D7" });
    expect(parseNameRef("Sheet1!D7")).toEqual({ sheet: "Sheet1", cell: "D7" });
    expect(parseNameRef("Sheet1!$A$1:$B$2")).toBeNull();
  });
});
