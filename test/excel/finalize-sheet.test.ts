import { describe, expect, it } from "@jest/globals";
import { submissionDigest, NAMES } from "../../src/workbook-format";
import { defaultStandard as std, subItemsForItem } from "../../src/standard";
import {
  host,
  finalizeSheet,
  generateScoringSheet,
  readScoringSheetState,
  reopenScoringSheet,
  writeEntry,
} from "../support/excel-host";

async function filled(skip: string[] = []) {
  const h = host();
  await generateScoringSheet(
    h.port,
    {
      standard: std,
      header: { applicant: "甲", item: 3, judge: "张三", date: "2026-11-24" },
      sheetName: "S",
      mode: "new",
    },
    h.caps
  );
  for (const sub of subItemsForItem(std, 3)) {
    if (skip.includes(sub.code)) continue;
    await writeEntry(h.port, "S", sub.code, { score: (sub.max * 60) / 100, strength: "有" });
  }
  return h;
}

const at = new Date(2026, 10, 24, 10, 30, 0);

describe("提交评分 and 撤销提交", () => {
  it("refuses an incomplete sheet, naming the missing sub-items", async () => {
    const { port } = await filled(["3.2", "6.3"]);
    await expect(finalizeSheet(port, "S", std, at)).rejects.toThrow(
      "还有 2 项未评分，不能提交：3.2 服务方式创新、6.3 财务绩效"
    );
  });

  it("refuses a sheet with an invalid score, naming it", async () => {
    const { excel, port } = await filled();
    excel.userEdit("S", "D8", [[81]]);
    await expect(finalizeSheet(port, "S", std, at)).rejects.toThrow(
      "有 1 项得分有误，不能提交：3.2 服务方式创新"
    );
  });

  it("locks the inputs, stamps the time and stores a digest that a reader can recompute", async () => {
    const { excel, port } = await filled();
    excel.resetCounters();
    const result = await finalizeSheet(port, "S", std, at);
    expect(excel.roundTrips).toBe(2);
    const state = await readScoringSheetState(port, "S");
    expect(state.submission.status).toBe("已提交");
    expect(state.submission.submittedAt).toBe(result.submittedAt);
    expect(result.submittedAt).toMatch(/^2026-11-24T10:30:00[+-]\d\d:\d\d$/);
    const recomputed = await submissionDigest({
      formatVersion: state.formatVersion,
      applicant: state.applicant,
      item: state.item,
      judge: state.judge,
      scores: Object.fromEntries(Object.entries(state.entries).map(([c, e]) => [c, e.score])),
    });
    expect(state.submission.digest).toBe(recomputed);
    expect(excel.valueAt("S", "E4")).toBe("已提交 2026-11-24 10:30");
    const sheet = excel.state.sheets[0];
    expect(sheet.protection.protected).toBe(true);
    expect(sheet.cells.get("D7")!.format.locked).toBe(true);
    await expect(writeEntry(port, "S", "3.1", { score: 10 })).rejects.toThrow("该评分表已提交");
    expect(excel.valueAt("S", "D7")).toBe(48);
    await expect(finalizeSheet(port, "S", std, at)).rejects.toThrow(
      "这张评分表已于 2026-11-24 10:30 提交。"
    );
  });

  it("reopens, records both steps in the history, and the judge can score again", async () => {
    const { excel, port } = await filled();
    await finalizeSheet(port, "S", std, at);
    await reopenScoringSheet(port, "S", std, new Date(2026, 10, 24, 11, 0, 0));
    const state = await readScoringSheetState(port, "S");
    expect(state.submission.status).toBeNull();
    expect(state.submission.digest).toBeNull();
    const history = String(state.submission.history).split("\n");
    expect(history).toHaveLength(2);
    expect(history[0]).toMatch(/^2026-11-24T10:30:00.* 提交评分（sha256:/);
    expect(history[1]).toMatch(/^2026-11-24T11:00:00.* 撤销提交$/);
    await writeEntry(port, "S", "3.1", { score: 10 });
    expect(excel.valueAt("S", "D7")).toBe(10);
    await expect(reopenScoringSheet(port, "S", std, at)).rejects.toThrow(
      "这张评分表尚未提交，无需撤销。"
    );
    expect(state.names[NAMES.history]).toBeDefined();
  });
});
