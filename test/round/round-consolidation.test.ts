/**
 * A whole round through the CLI: a roster written by an independent writer (8 applications over
 * 3 items, 7 judges, 3 回避 pairs, an explicit 分配 grid), distributed; judges fill their sheets
 * (J1 finalizes all of his, J2 leaves one incomplete), J7's file never comes, a 回避 judge and an
 * unassigned judge send sheets made by hand; consolidation with the roster gives every progress
 * state, every problem and every figure below — worked out by hand from each judge's percentage.
 *
 *   J1 60 %  J2 70 %  J3 50 %  J4 65 %  J5 80 %  J6 55 %  J7 75 %   (total = 5 × percentage;
 *   PERCENT in test/support/round-fixture.ts)
 */
import { beforeAll, describe, expect, it } from "@jest/globals";
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { mhscore } from "../support/cli";
import { defaultStandard as std, subItemsForItem } from "../../src/standard";
import { judgeFile } from "../support/consolidation-fixture";
import { tempDir } from "../support/engine";
import { printSetupProblems } from "../support/print-setup";
import { partsOf, text } from "../support/raw-zip";
import { fillJudgeWorkbook, PERCENT } from "../support/round-fixture";
import { summarySheetNames } from "../support/summary-sheets";

const APPS: [string, string, number][] = [
  ["A01", "上海甲科技有限公司", 2],
  ["A02", "上海乙制造有限公司", 2],
  ["A03", "上海丙服务有限公司", 3],
  ["A04", "上海丁服务有限公司", 3],
  ["A05", "上海戊管理咨询有限公司", 4],
  ["A06", "上海己管理有限公司", 4],
  ["A07", "上海庚科技有限公司", 2],
  ["A08", "上海辛服务有限公司", 3],
];
const GRID: Record<string, string[]> = {
  A01: ["J2", "J3", "J4"],
  A02: ["J1", "J2", "J5"],
  A03: ["J1", "J3", "J6"],
  A04: ["J4", "J5", "J6"],
  A05: ["J1", "J2", "J7"],
  A06: ["J3", "J4", "J7"],
  A07: ["J2", "J5", "J6"],
  A08: ["J1", "J3", "J4"],
};
const JUDGES = Object.keys(PERCENT);
const ROUND = "2027 年闵行区质量创新单项奖 材料评审";

async function writeRoster(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const add = (name: string, rows: (string | number | null)[][]) => {
    const ws = wb.addWorksheet(name);
    rows.forEach((r) => ws.addRow(r));
  };
  add("轮次", [
    ["项目", "内容"],
    ["名称", ROUND],
    ["通过线比例", 0.6],
    ["评审日期", "2027-03-15"],
  ]);
  add("申报", [["编号", "申报组织", "申报单项"], ...APPS]);
  add("评委", [["编号", "姓名", "单位"], ...JUDGES.map((j) => [j, `评委${j.slice(1)}`, ""])]);
  add("回避", [
    ["申报编号", "评委编号", "原因"],
    ["A01", "J1", "曾任职"],
    ["A05", "J3", "竞争对手"],
    ["A08", "J7", "亲属"],
  ]);
  add("分配", [
    ["申报编号", "申报组织", "申报单项", ...JUDGES],
    ...APPS.map(([id]) => [
      id,
      null,
      null,
      ...JUDGES.map((j) => (GRID[id].includes(j) ? "√" : null)),
    ]),
  ]);
  fs.writeFileSync(file, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
}

let json: any;
let dir: string;

beforeAll(async () => {
  dir = tempDir("round");
  const roster = path.join(dir, "名册.xlsx");
  await writeRoster(roster);
  const files = path.join(dir, "收到的文件");
  expect((await mhscore("distribute", roster, "-o", files)).code).toBe(0);
  const book = (j: string) => path.join(files, `${j}-评委${j.slice(1)}.xlsx`);
  const fill = async (j: string, opts?: Parameters<typeof fillJudgeWorkbook>[2]) =>
    fs.writeFileSync(book(j), await fillJudgeWorkbook(fs.readFileSync(book(j)), j, opts));
  await fill("J1", { finalize: true });
  await fill("J2", { blank: "A01" });
  for (const j of ["J3", "J4", "J5", "J6"]) await fill(j);
  fs.rmSync(book("J7")); // never sent
  // Made by hand, without ids: matched by names, then refused by the roster.
  const at = (j: string, item: number) =>
    Object.fromEntries(subItemsForItem(std, item).map((s) => [s.code, (s.max * PERCENT[j]) / 100]));
  await judgeFile(files, "J1-回避的.xlsx", "评委1", 2, [
    { applicant: "上海甲科技有限公司", scores: at("J1", 2) },
  ]);
  await judgeFile(files, "J5-未分配的.xlsx", "评委5", 2, [
    { applicant: "上海甲科技有限公司", scores: at("J5", 2) },
  ]);
  const r = await mhscore(
    "consolidate",
    "--roster",
    roster,
    files,
    "--json",
    "-o",
    path.join(dir, "汇总.xlsx")
  );
  expect(r.code).toBe(0);
  json = JSON.parse(r.out);
}, 120000);

describe("consolidation with the roster", () => {
  it("states every roster pair: 已提交, 完成未提交, 未完成, 未收到, 回避", () => {
    const state = (app: string, judge: string) =>
      json.progress.find((p: any) => p.applicationId === app && p.judgeId === judge)?.state;
    expect(json.progress).toHaveLength(24 + 3);
    expect(["A02", "A03", "A05", "A08"].map((a) => state(a, "J1"))).toEqual(
      Array(4).fill("finalized")
    );
    expect(state("A01", "J2")).toBe("incomplete");
    expect([state("A05", "J7"), state("A06", "J7")]).toEqual(["missing", "missing"]);
    expect([state("A01", "J1"), state("A05", "J3"), state("A08", "J7")]).toEqual(
      Array(3).fill("conflict")
    );
    expect(state("A04", "J5")).toBe("complete");
    expect(state("A01", "J5")).toBeUndefined(); // not assigned, not 回避: no pair
    const counts = json.progress.reduce(
      (m: Record<string, number>, p: any) => ({ ...m, [p.state]: (m[p.state] ?? 0) + 1 }),
      {}
    );
    expect(counts).toEqual({ finalized: 4, complete: 17, incomplete: 1, missing: 2, conflict: 3 });
    // The same counts in --json, and each judge's: J1 submitted all 4 of his, J2 finished 3 of 4
    // without submitting (one incomplete), J7 returned nothing (A08 is 回避 for him).
    const { byJudge, ...total } = json.progressCounts;
    expect(total).toEqual({ ...counts, due: 24 });
    const of = (id: string) => {
      const { judgeId, judge, ...c } = byJudge.find((j: any) => j.judgeId === id);
      return [judgeId, judge, c];
    };
    const zero = { finalized: 0, complete: 0, incomplete: 0, missing: 0, conflict: 0 };
    expect([of("J1"), of("J2"), of("J7")]).toEqual([
      ["J1", "评委1", { ...zero, finalized: 4, conflict: 1, due: 4 }],
      ["J2", "评委2", { ...zero, complete: 3, incomplete: 1, due: 4 }],
      ["J7", "评委7", { ...zero, missing: 2, conflict: 1, due: 2 }],
    ]);
  });

  it("says the progress in the terminal: 完成未提交 apart from 未完成", async () => {
    const r = await mhscore(
      "consolidate",
      "--roster",
      path.join(dir, "名册.xlsx"),
      path.join(dir, "收到的文件"),
      "-o",
      path.join(dir, "汇总-终端.xlsx")
    );
    expect(r.code).toBe(0);
    expect(r.out).toContain("进度：已提交 4，完成未提交 17，未完成 1，未收到 2（应评 24 份）");
  });

  it("reports the 回避 judge's and the unassigned judge's sheets, and the incomplete one, and counts none of them", () => {
    const problems = json.problems.map((p: any) => [path.basename(p.file), p.code]);
    expect(problems).toEqual(
      expect.arrayContaining([
        ["J1-回避的.xlsx", "conflict-judge"],
        ["J5-未分配的.xlsx", "unassigned-judge"],
        ["J2-评委2.xlsx", "score-blank"],
        ["J2-评委2.xlsx", "sheet-not-counted"],
      ])
    );
    expect(json.problems.find((p: any) => p.code === "conflict-judge").message).toBe(
      "评委“评委1”须回避申报“上海甲科技有限公司”（曾任职），此表不计入。"
    );
    expect(json.problems).toHaveLength(4);
  });

  it("aggregates by application id with the round's pass line: every figure by hand", () => {
    const figures = Object.fromEntries(
      json.applications.map((a: any) => [
        a.applicationId,
        [a.judges.map((j: any) => j.total), a.final, a.verdict],
      ])
    );
    expect(figures).toEqual({
      A01: [[250, 325], 287.5, "未通过"],
      A02: [[300, 350, 400], 350, "通过"],
      A03: [[300, 250, 275], 275, "未通过"],
      A04: [[325, 400, 275], 333.33, "通过"],
      A05: [[300, 350], 325, "通过"],
      A06: [[250, 325], 287.5, "未通过"],
      A07: [[350, 400, 275], 341.67, "通过"],
      A08: [[300, 250, 325], 291.67, "未通过"],
    });
    expect(json.round).toBe(ROUND);
    expect(json.counts).toEqual({ files: 8, sheetsRead: 24, sheetsCounted: 21 });
  });

  it("writes the 进度 sheet into the summary workbook", async () => {
    const { XlsxPackage } = await import("../../src/xlsx");
    const pkg = await XlsxPackage.open(fs.readFileSync(path.join(dir, "汇总.xlsx")));
    expect(pkg.sheets.map((s) => s.name)).toEqual(summarySheetNames({ progress: true }));
    const cells = (await pkg.readSheet(2)).cells;
    // Row 4 is A01; columns D… are J1…J7.
    expect(["D4", "E4", "F4", "G4", "H4"].map((a) => cells.get(a)?.value ?? null)).toEqual([
      "回避",
      "未完成",
      "完成未提交",
      "完成未提交",
      null,
    ]);
    // A05 (row 8): J1 已提交, J2 完成未提交, J7 未收到 (J3 回避 does not count): 1 of 3
    // submitted, 1 complete but not submitted.
    expect(["K3", "L3", "K8", "L8"].map((a) => cells.get(a)?.value)).toEqual([
      "已提交/应评",
      "完成未提交",
      "1/3",
      1,
    ]);
    // Below the 8 applications (rows 4–11), per judge (D… = J1…): J1 4/4 submitted; J2 none
    // submitted, 3 complete; J7 0/2.
    const judgeRows = ["A12", "D12", "E12", "J12", "A13", "D13", "E13", "J13"];
    expect(judgeRows.map((a) => cells.get(a)?.value)).toEqual([
      "每位评委：已提交/应评",
      "4/4",
      "0/4",
      "0/2",
      "每位评委：完成未提交",
      0,
      3,
      0,
    ]);

    // Every sheet prints on A4 with the round's name at the top of each page.
    const parts = await partsOf(fs.readFileSync(path.join(dir, "汇总.xlsx")));
    for (let i = 1; i <= 9; i++) {
      const xml = text(parts.get(`xl/worksheets/sheet${i}.xml`)!);
      expect([i, printSetupProblems(xml, `${ROUND}\u3000`)]).toEqual([i, []]);
    }
  });
});

describe("the consensus meeting of a round", () => {
  it("ties each 共识 sheet to its application by 申报编号, whatever its applicant text says", async () => {
    const { XlsxPackage } = await import("../../src/xlsx");
    const { setCells } = await import("../support/xlsx-cells");
    const { CONSENSUS_NAMES, consensusName } = await import("../../src/workbook-format");
    const roster = path.join(dir, "名册.xlsx");
    const files = path.join(dir, "收到的文件");
    const out = path.join(dir, "共识.xlsx");
    const made = await mhscore("consolidate", "--roster", roster, files, "--consensus-out", out);
    expect(made.code).toBe(0);
    const pkg = await XlsxPackage.open(fs.readFileSync(out));
    const sheet = pkg.sheets.find((s) => s.name.startsWith("A02"))!;
    const names = Object.fromEntries(
      pkg.names
        .filter((n) => n.localSheetId === sheet.index && n.ref.includes("!"))
        .map((n) => [n.name, n.ref.split("!")[1].replace(/\$/g, "")])
    );
    const cells = (await pkg.readSheet(sheet.index)).cells;
    expect(cells.get(names[CONSENSUS_NAMES.applicationId])?.value).toBe("A02");
    // … and the round it belongs to: last year's 共识 workbook never completes this year's finals.
    expect(cells.get(names[CONSENSUS_NAMES.round])?.value).toBe(
      "2027 年闵行区质量创新单项奖 材料评审"
    );
    // The meeting scores every sub-item at 90 % and shortens the applicant's name on the sheet.
    const edits: Record<string, unknown> = { [names[CONSENSUS_NAMES.applicant]]: "乙公司" };
    for (const s of subItemsForItem(std, 2))
      edits[names[consensusName("score", s.code)]] = (s.max * 90) / 100;
    const filled = path.join(dir, "共识-已填.xlsx");
    fs.writeFileSync(
      filled,
      await setCells(fs.readFileSync(out), { [sheet.name]: edits as Record<string, number> })
    );
    const r = await mhscore(
      "consolidate",
      "--roster",
      roster,
      files,
      "--consensus",
      filled,
      "--json"
    );
    expect(r.code).toBe(0);
    const a02 = JSON.parse(r.out).applications.find((a: any) => a.applicationId === "A02");
    expect(a02).toMatchObject({ final: 450, finalSource: "consensus", independentFinal: 350 });
  }, 120000);
});
