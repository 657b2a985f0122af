/**
 * The judge's use cases through the one door, on the .xlsx file host (FileWorkbook): the same
 * workflows the pane runs over Excel, with no Office.js at all — a second host is an adapter.
 */
import { describe, expect, it } from "@jest/globals";
import { defaultStandard as std, subItemsForItem } from "../../src/standard";
import { SUBMITTED } from "../../src/workbook-format";
import {
  generateSheet,
  readSheetState,
  readWorkbookSheets,
  reopenSheet,
  SheetOperationError,
  sheetProgress,
  submitSheet,
  workbookProgress,
  writeEntry,
} from "../../src/workflows";
import { FileWorkbook } from "../../src/xlsx/file-workbook";
import { XlsxPackage } from "../../src/xlsx";

const header = {
  applicant: "上海浦江检测技术有限公司",
  item: 4,
  judge: "陈 静",
  date: "2026-11-24",
};
const at = new Date(2026, 10, 24, 9, 5, 0);

async function scored() {
  const port = FileWorkbook.fromPlans([]);
  await generateSheet(port, { standard: std }, { header, sheetName: "浦江", mode: "new" });
  const comments = ["流程再造成效明显", "数字化管理覆盖全部产线", "", "质量成本下降 12%"];
  for (const [i, sub] of subItemsForItem(std, 4).entries())
    await writeEntry(port, "浦江", sub.code, {
      score: Math.round(sub.max * (0.5 + (i % 4) * 0.1) * 2) / 2,
      strength: comments[i % comments.length],
    });
  return port;
}

describe("the judge's sheet on the file host", () => {
  it("generates the sheet and its 评分指引, last", async () => {
    const port = await scored();
    const sheets = await readWorkbookSheets(port);
    expect(sheets.sheetNames).toEqual(["浦江", "评分指引"]);
    const scores = Object.fromEntries(
      subItemsForItem(std, 4).map((sub, i) => [
        sub.code,
        Math.round(sub.max * (0.5 + (i % 4) * 0.1) * 2) / 2,
      ])
    );
    expect(sheets.scoring).toEqual([
      {
        sheetName: "浦江",
        applicant: header.applicant,
        item: 4,
        judge: "陈 静",
        submitted: false,
        scores,
      },
    ]);
    expect(sheetProgress(std, sheets.scoring[0])).toBe("ready");
    await writeEntry(port, "浦江", "6.3", { score: null });
    const reread = (await readWorkbookSheets(port)).scoring;
    expect(reread[0].scores["6.3"]).toBeNull();
    expect(workbookProgress(std, reread)).toMatchObject({
      total: 1,
      submitted: 0,
      ready: 0,
      open: 1,
    });
    await writeEntry(port, "浦江", "6.3", { score: scores["6.3"] });
    await submitSheet(port, std, "浦江", at);
    expect(sheetProgress(std, (await readWorkbookSheets(port)).scoring[0])).toBe("submitted");
  });

  it("submits: inputs locked, record written; a write is then refused; reopening lets it in", async () => {
    const port = await scored();
    const { digest, submittedAt } = await submitSheet(port, std, "浦江", at);
    const state = await readSheetState(port, "浦江");
    expect([state.submission.status, state.submission.digest]).toEqual([SUBMITTED, digest]);
    expect(state.submission.submittedAt).toBe(submittedAt);
    const code = subItemsForItem(std, 4)[0].code;
    await expect(writeEntry(port, "浦江", code, { score: 1 })).rejects.toThrow(
      "该评分表已提交，不能再修改评分。"
    );
    await reopenSheet(port, std, "浦江", new Date(2026, 10, 24, 10, 0, 0));
    await writeEntry(port, "浦江", code, { score: 1 });
    expect((await readSheetState(port, "浦江")).entries[code].score).toBe(1);
    // What the host holds is a real workbook: the bytes open and carry the history.
    const pkg = await XlsxPackage.open(await port.bytes());
    expect(pkg.sheets.map((s) => s.name)).toEqual(["浦江", "评分指引"]);
  });

  it("re-applies the layout keeping every input; refuses a header the template would refuse", async () => {
    const port = await scored();
    const before = (await readSheetState(port, "浦江")).entries;
    const result = await generateSheet(
      port,
      { standard: std },
      { header, sheetName: "浦江", mode: "reapply" }
    );
    expect(result.keptEntries).toBeGreaterThan(subItemsForItem(std, 4).length);
    expect((await readSheetState(port, "浦江")).entries).toEqual(before);
    const blank = { ...header, judge: "  " };
    await expect(
      generateSheet(port, { standard: std }, { header: blank, sheetName: "新表", mode: "new" })
    ).rejects.toBeInstanceOf(SheetOperationError);
    const badDate = { ...header, date: "2026-02-30" };
    await expect(
      generateSheet(port, { standard: std }, { header: badDate, sheetName: "新表", mode: "new" })
    ).rejects.toThrow("2026-02-30");
    expect((await readWorkbookSheets(port)).sheetNames).toEqual(["浦江", "评分指引"]);
  });
});
