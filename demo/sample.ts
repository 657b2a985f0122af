/**
 * The sample the try-it page opens with: a workbook (the in-browser double) holding one
 * scoring sheet for a made-up application, its first score cell selected, as a judge would
 * find it after 新建评分表.
 */
import { detectCapabilities, officeWorkbook, type ExcelRun } from "../src/excel";
import { todayIso } from "../src/sheet-kit/excel-date";
import { defaultStandard } from "../src/standard";
import { t } from "../src/strings";
import { generateSheet } from "../src/workflows";
import type { ExcelDouble } from "../test/support/excel-double";

export const SAMPLE = {
  applicant: t("demo.sampleApplicant"),
  item: 2,
  judge: t("demo.sampleJudge"),
};

export async function seedSample(excel: ExcelDouble, run: ExcelRun): Promise<string> {
  const caps = detectCapabilities(excel.office.context.requirements);
  const sheetName = SAMPLE.applicant;
  await generateSheet(
    officeWorkbook(run, caps),
    { standard: defaultStandard },
    { header: { ...SAMPLE, date: todayIso() }, sheetName, mode: "new" }
  );
  excel.select(sheetName, "D7");
  return sheetName;
}
