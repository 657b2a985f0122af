/**
 * A generated workbook re-saved by LibreOffice still reads back: names, validation, protection
 * (LibreOffice writes booleans as true/false). Printed to PDF, a sheet fits one A4 page width.
 */
import { beforeAll, describe, expect, it } from "@jest/globals";
import { execFileSync } from "child_process";
import { type SheetPlan } from "../../src/sheet-kit";
import { buildScoringSheetPlan } from "../../src/judge-sheets";
import { defaultStandard as std, itemNumbers } from "../../src/standard";
import {
  readScoringSheets,
  readSheetGuards,
  writeWorkbook,
  XlsxPackage,
  type ScoringSheetRead,
} from "../../src/xlsx";
import { convertWithEngine, describeWithEngine, tempDir } from "../support/engine";
import { expectGuardsOf } from "../support/expected-guards";

const plans: SheetPlan[] = itemNumbers(std).map((item) =>
  buildScoringSheetPlan(
    std,
    { applicant: `上海第${item}有限公司`, item, judge: "王五", date: "2026-11-20" },
    { sheetName: `单项${item}` }
  )
);

async function checkAll(bytes: Uint8Array, label: string) {
  const pkg = await XlsxPackage.open(bytes);
  const sheets = await readScoringSheets(bytes);
  expect(sheets.map((s) => s.sheetName)).toEqual(plans.map((p) => p.sheetName));
  for (const [i, sheet] of sheets.entries()) {
    const item = i + 1;
    expect([sheet.applicant, sheet.item, sheet.judge, sheet.date]).toEqual([
      `上海第${item}有限公司`,
      item,
      "王五",
      46346,
    ]);
    expect(Object.keys(sheet.names).sort()).toEqual(plans[i].names.map((n) => n.name).sort());
    expectGuardsOf(std, item, sheet, await readSheetGuards(pkg, sheet.sheetIndex));
  }
  return { label, sheets };
}

describe("the generated workbook's guards (as exceljs wrote them)", () => {
  it("has names, validation, protection and unlocked input cells on every sheet", async () => {
    await checkAll(await writeWorkbook(plans), "exceljs");
  });
});

describeWithEngine("LibreOffice round trip and print", () => {
  let generated: Uint8Array;
  let dir: string;
  beforeAll(async () => {
    generated = await writeWorkbook(plans);
    dir = tempDir("resave");
  });

  it("reads back names, validation and protection after LibreOffice re-saves the file", async () => {
    const resaved = await convertWithEngine(generated, "template.xlsx", "xlsx", dir);
    // LibreOffice writes its own booleans: make sure the check below reads those.
    expect(resaved.bytes.toString("latin1")).not.toBe(Buffer.from(generated).toString("latin1"));
    const { sheets } = await checkAll(resaved.bytes, "libreoffice");
    const firstTotal: ScoringSheetRead["cached"] = sheets[0].cached;
    expect(firstTotal.verdict).toBe("未完成");
  });

  it("prints each scoring sheet on one A4 portrait page, with the last column and the page number", async () => {
    const single = await writeWorkbook([plans[0]]);
    const pdf = await convertWithEngine(single, "print.xlsx", "pdf", dir);
    const info = execFileSync("pdfinfo", [pdf.path]).toString();
    expect(info).toMatch(/Pages:\s+1\b/);
    expect(info).toMatch(/Page size:\s+595(\.\d+)? x 841(\.\d+)? pts \(A4\)/);
    const text = execFileSync("pdftotext", ["-layout", pdf.path, "-"]).toString();
    expect(text).toContain("评语：改进机会");
    expect(text).toContain("第 1 页，共 1 页");
    expect(text).toContain("1.6 标准化创新性成果");
    // The hidden helper column never prints.
    expect(text).not.toMatch(/空\s*$/m);
  });
});
