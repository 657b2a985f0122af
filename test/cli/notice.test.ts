/**
 * mhscore notice, end to end: a small round (the round fixture's roster: 8 applications over 3
 * items, 7 judges at fixed percentages) distributed, filled and consolidated with 2 winners per
 * item; the committee's votes typed into the 审定 sheet with exceljs; the notice written by the
 * built CLI (bin/mhscore.js) and its Word XML read back. Worked by hand (total = 5 × percentage,
 * the mean of the three judges, pass line 300):
 *
 *   研发创新  A02 350.00 (J1 J2 J5)  A07 341.67 (J2 J5 J6)   [A01 308.33 outside the quota]
 *   服务创新  A04 333.33 (J4 J5 J6)                           [A08 291.67, A03 275.00 below the line]
 *   管理创新  A05 341.67 (J1 J2 J7)  A06 316.67 (J3 J4 J7)
 *
 *   votes (同意/不同意/弃权, 审定结论):  A02 7/2/0 → 通过;  A07 4/4/1 → 不通过;  A04 5/3/1 → 通过
 *   (10 > 9);  A05 3/5/1 → 不通过, but 审定结论 通过;  A06 6/1/2 → 通过, but 审定结论 暂缓.
 *   Winners: A02, A04, A05 in that order; A07 and A06 absent.
 */
import { beforeAll, describe, expect, it } from "@jest/globals";
import { spawnSync } from "child_process";
import ExcelJS from "exceljs";
import * as fs from "fs";
import JSZip from "jszip";
import * as path from "path";
import { t } from "../../src/strings";
import { ensureCliBuilt } from "../support/browser";
import { mhscore } from "../support/cli";
import { tempDir } from "../support/engine";
import { fillJudgeWorkbook, PERCENT, ROSTER, rosterBytes } from "../support/round-fixture";

const SHEET = "审定";
type Vote = [number | string | null, number | string | null, number | string | null, string?];
const VOTES: Record<string, Vote> = {
  A02: [7, 2, 0],
  A07: [4, 4, 1],
  A04: [5, 3, 1],
  A05: [3, 5, 1, "通过"],
  A06: [6, 1, 2, "暂缓"],
};
const NAME: Record<string, string> = {
  A02: "上海乙制造有限公司",
  A04: "上海丁服务有限公司",
  A05: "上海戊管理咨询有限公司",
  A06: "上海己管理有限公司",
  A07: "上海庚科技有限公司",
};

let dir: string;
let summary: string;

/** The 审定 sheet's rows: 申报编号 → row number. */
function rowsById(ws: ExcelJS.Worksheet): Map<string, number> {
  const rows = new Map<string, number>();
  for (let r = 4; r <= ws.rowCount; r++) {
    const id = ws.getCell(`A${r}`).value;
    if (typeof id === "string" && /^A\d\d$/.test(id)) rows.set(id, r);
  }
  return rows;
}

/** The summary with the votes typed into its 审定 sheet (and `edit` after them), saved as `name`. */
async function voted(
  name: string,
  edit?: (ws: ExcelJS.Worksheet, rows: Map<string, number>) => void
) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(summary);
  const ws = wb.getWorksheet(SHEET)!;
  const rows = rowsById(ws);
  for (const [id, [yes, no, abstain, conclusion]] of Object.entries(VOTES)) {
    const r = rows.get(id)!;
    ws.getCell(`G${r}`).value = yes;
    ws.getCell(`H${r}`).value = no;
    ws.getCell(`I${r}`).value = abstain;
    if (conclusion) ws.getCell(`K${r}`).value = conclusion;
  }
  edit?.(ws, rows);
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

/** The document's paragraphs, as text. */
async function paragraphs(file: string): Promise<string[]> {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const xml = await zip.files["word/document.xml"].async("string");
  return xml
    .split("</w:p>")
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(""))
    .filter(Boolean);
}

beforeAll(async () => {
  dir = tempDir("notice");
  const roster = path.join(dir, "名册.xlsx");
  fs.writeFileSync(roster, await rosterBytes(ROSTER));
  const books = path.join(dir, "收到的文件");
  expect((await mhscore("distribute", roster, "-o", books)).code).toBe(0);
  for (const j of Object.keys(PERCENT)) {
    const file = path.join(books, `${j}-评委${j.slice(1)}.xlsx`);
    fs.writeFileSync(file, await fillJudgeWorkbook(fs.readFileSync(file), j));
  }
  summary = path.join(dir, "汇总.xlsx");
  const r = await mhscore(
    "consolidate",
    "--roster",
    roster,
    books,
    "--winners",
    "2",
    "-o",
    summary
  );
  expect([r.code, r.err]).toEqual([0, expect.any(String)]);
}, 180000);

describe("mhscore notice", () => {
  it("lists the decided winners in the committee's order, the period and how to object (the built CLI)", async () => {
    const input = await voted("汇总-审定.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(input);
    expect([...rowsById(wb.getWorksheet(SHEET)!).keys()]).toEqual([
      "A02",
      "A07",
      "A04",
      "A05",
      "A06",
    ]);
    const out = path.join(dir, "公示.docx");
    const args = ["notice", input, "-o", out, "--from", "2026-12-10", "--days", "7"];
    const contact = ["--contact", "闵行区沪闵路 6258 号，电话 021-64120000"];
    const r = spawnSync(process.execPath, [ensureCliBuilt(), ...args, ...contact], {
      encoding: "utf8",
      timeout: 60000,
    });
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: "" });
    expect(r.stdout.trim()).toBe(
      t("cli.notice.done", { path: out, passed: 3, failed: 1, deferred: 1 })
    );
    const text = await paragraphs(out);
    const all = text.join("\n");
    const at = ["A02", "A04", "A05"].map((id) => text.indexOf(NAME[id]));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(text[at[0] + 1]).toBe("研发创新");
    expect(text[at[1] + 1]).toBe("服务创新");
    expect(text[at[2] + 1]).toBe("管理创新");
    expect(all).not.toContain(NAME.A07); // 不通过 by its votes
    expect(all).not.toContain(NAME.A06); // 暂缓 by the committee
    expect(all).not.toContain("350.00");
    expect(all).toContain(
      t("notice.period", { from: "2026年12月10日", until: "2026年12月16日", days: 7 })
    );
    expect(all).toContain("021-64120000");
    expect(text[text.length - 1]).toBe("2026年12月10日");
    expect(all).toContain(
      t("notice.decision", { round: "2027 年闵行区质量创新单项奖 材料评审", count: 3 })
    );
  }, 120000);

  it("shows the final scores with --with-scores, and says the contact is left to fill in", async () => {
    const input = await voted("汇总-分数.xlsx");
    const out = path.join(dir, "公示-分数.docx");
    const r = await mhscore(
      "notice",
      input,
      "-o",
      out,
      "--from",
      "2026/12/28",
      "--days",
      "7",
      "--with-scores",
      "--award",
      "2026 年闵行区质量创新单项奖"
    );
    expect([r.code, r.err]).toEqual([0, t("cli.notice.noContact")]);
    const text = await paragraphs(out);
    expect(text[text.indexOf(NAME.A02) + 2]).toBe("350.00");
    expect(text[text.indexOf(NAME.A04) + 2]).toBe("333.33");
    expect(text[text.indexOf(NAME.A05) + 2]).toBe("341.67");
    expect(text.join("")).toContain("2027年1月3日");
    expect(text.join("")).toContain(t("notice.contactBlank"));
    expect(text[0]).toBe(t("notice.title", { round: "2026 年闵行区质量创新单项奖" }));
  });

  it("writes nothing and names each cell for a bad vote, a bad conclusion, an unknown and a missing row", async () => {
    const input = await voted("汇总-有误.xlsx", (ws, rows) => {
      ws.getCell(`G${rows.get("A07")}`).value = 4.5;
      ws.getCell(`H${rows.get("A04")}`).value = "三";
      ws.getCell(`K${rows.get("A06")}`).value = "同意";
      ws.getCell(`A${rows.get("A05")}`).value = "A99";
    });
    const out = path.join(dir, "公示-有误.docx");
    const r = await mhscore("notice", input, "-o", out, "--from", "2026-12-10", "--days", "7");
    const file = input;
    const where = (cell: string) => t("approval.where", { file, sheet: SHEET, cell });
    // The rows in the summary's order (the first test checks it).
    const [a07, a04, a05, a06] = [5, 6, 7, 8];
    expect(r.code).toBe(1);
    expect(r.err.split("\n")).toEqual([
      t("notice.approvalProblems", { count: 5 }),
      `  ${where(`G${a07}`)}${t("approval.badVote", { column: "同意", value: "4.5" })}`,
      `  ${where(`H${a04}`)}${t("approval.badVote", { column: "不同意", value: "三" })}`,
      `  ${where(`A${a05}`)}${t("approval.unknownRow", { id: "A99" })}`,
      `  ${where(`K${a06}`)}${t("approval.badConclusion", { value: "同意", words: "通过、不通过、暂缓" })}`,
      `  ${t("approval.missingRow", { file, sheet: SHEET, id: "A05" })}`,
    ]);
    expect(fs.existsSync(out)).toBe(false);
  });

  it("says which rows are not decided yet, refuses an output that is the summary itself, a bad period or date", async () => {
    const r = await mhscore(
      "notice",
      summary,
      "-o",
      path.join(dir, "公示-未审.docx"),
      "--from",
      "2026-12-10",
      "--days",
      "7"
    );
    expect(r.code).toBe(1);
    const lines = r.err.split("\n");
    expect(lines[0]).toBe(t("notice.approvalProblems", { count: 5 }));
    expect(lines[1]).toBe(
      `  ${t("approval.where", { file: summary, sheet: SHEET, cell: "A4" })}${t("approval.undecided", { id: "A02" })}`
    );
    const same = await mhscore(
      "notice",
      summary,
      "-o",
      summary,
      "--from",
      "2026-12-10",
      "--days",
      "7"
    );
    expect([same.code, same.err]).toEqual([
      2,
      t("cli.consolidate.outputIsInput", { path: summary }),
    ]);
    const input = await voted("汇总-天数.xlsx");
    const days = await mhscore(
      ...["notice", input, "-o", path.join(dir, "x.docx"), "--from", "2026-12-10", "--days", "七"]
    );
    expect([days.code, days.err]).toEqual([1, t("notice.badDays", { value: "七" })]);
    const from = await mhscore(
      ...["notice", input, "-o", path.join(dir, "x.docx"), "--from", "2026-02-30", "--days", "7"]
    );
    expect([from.code, from.err]).toEqual([1, t("notice.badFrom", { value: "2026-02-30" })]);
    expect(fs.existsSync(path.join(dir, "x.docx"))).toBe(false);
  });
});
