/**
 * A round in two stages through the CLI: 资料评审 (weight 0.4, 前 3 名/单项) then 现场评审 (0.6).
 * The roster has an ineligible application (A06). Stage 1 is distributed to J1–J3, filled and
 * consolidated alone: its 汇总 gets a 晋级 column, with a tie at the cut in item 2 (A03, A04 at
 * 350). The committee takes both on: the site-visit workbooks are made from a roster of the
 * shortlisted (same round, same ids), filled, and both folders consolidated together.
 *
 * Each judge scores every sub-item of an application at one percentage (total = 5 × percentage):
 *
 *          资料评审 J1 J2 J3 → final     现场评审 J1 J2 J3 → final    combined 0.4 × s1 + 0.6 × s2
 *   A01 (2)        80 80 80   400.00              70 70 75   358.33     160 + 214.998  = 375.00
 *   A02 (2)        70 75 70   358.33              80 80 80   400.00     143.332 + 240  = 383.33
 *   A03 (2)        70 70 70   350.00  并列待定     75 75 75   375.00     140 + 225      = 365.00
 *   A04 (2)        75 65 70   350.00  并列待定     60 60 65   308.33     140 + 184.998  = 325.00
 *   A05 (2)        60 65 60   308.33  out          —                     (未晋级)
 *   A06 (2)        资格审查不符合：成立未满三年                             (资格不符)
 *   A07 (3)        75 75 80   383.33              70 70 70   350.00     153.332 + 210  = 363.33
 *   A08 (3)        65 60 65   316.67              80 75 80   391.67     126.668 + 235.002 = 361.67
 *   A09 (3)        55 50 55   266.67              60 60 60   300.00     106.668 + 180  = 286.67 未通过
 *   A10 (3)        50 50 50   250.00  out          —                     (未晋级)
 */
import { beforeAll, describe, expect, it } from "@jest/globals";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import * as fs from "fs";
import * as path from "path";
import type { CellValue } from "../../src/sheet-kit";
import {
  bandForPercent,
  bandLabel,
  defaultStandard as std,
  subItemsForItem,
} from "../../src/standard";
import { entryName } from "../../src/workbook-format";
import { readScoringSheets, XlsxPackage } from "../../src/xlsx";
import { mhscore } from "../support/cli";
import { judgeFile } from "../support/consolidation-fixture";
import { convertWithEngine, describeWithEngine, tempDir } from "../support/engine";
import { setCells } from "../support/xlsx-cells";

const ROUND = "2027 年闵行区质量创新单项奖";
const APPS: [string, string, number, string?][] = [
  ["A01", "上海甲科技有限公司", 2],
  ["A02", "上海乙制造有限公司", 2],
  ["A03", "上海丙精密机械股份有限公司", 2],
  ["A04", "上海丁服务有限公司", 2],
  ["A05", "上海戊管理咨询有限公司", 2],
  ["A06", "上海己新材料有限公司", 2, "不符合：成立未满三年"],
  ["A07", "上海庚科技有限公司", 3],
  ["A08", "上海辛服务有限公司", 3],
  ["A09", "上海壬物流有限公司", 3],
  ["A10", "上海癸餐饮管理有限公司", 3],
];
const STAGE1: Record<string, number[]> = {
  A01: [80, 80, 80],
  A02: [70, 75, 70],
  A03: [70, 70, 70],
  A04: [75, 65, 70],
  A05: [60, 65, 60],
  A07: [75, 75, 80],
  A08: [65, 60, 65],
  A09: [55, 50, 55],
  A10: [50, 50, 50],
};
const STAGE2: Record<string, number[]> = {
  A01: [70, 70, 75],
  A02: [80, 80, 80],
  A03: [75, 75, 75],
  A04: [60, 60, 65],
  A07: [70, 70, 70],
  A08: [80, 75, 80],
  A09: [60, 60, 60],
};
const JUDGES = ["J1", "J2", "J3"];

async function writeRoster(file: string, ids: string[], stages: boolean): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const add = (name: string, rows: (string | number | null)[][]) =>
    wb.addWorksheet(name).addRows(rows);
  add("轮次", [
    ["项目", "内容"],
    ["名称", ROUND],
    ["通过线比例", 0.6],
    ["评审日期", "2027-03-15"],
  ]);
  add("申报", [
    ["编号", "申报组织", "申报单项", "资格"],
    ...APPS.filter(([id]) => ids.includes(id)).map(([id, name, item, ok]) => [
      id,
      name,
      item,
      ok ?? "符合",
    ]),
  ]);
  add("评委", [["编号", "姓名", "单位"], ...JUDGES.map((j) => [j, `评委${j.slice(1)}`, "单位"])]);
  if (stages)
    add("阶段", [
      ["阶段", "权重", "晋级规则"],
      ["资料评审", 0.4, "前 3 名/单项"],
      ["现场评审", 0.6, null],
    ]);
  fs.writeFileSync(file, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
}

/** Every sheet of a judge's workbook filled at the application's percentage for that judge. */
async function fill(file: string, judge: number, percents: Record<string, number[]>) {
  const bytes = new Uint8Array(fs.readFileSync(file));
  const edits: Record<string, Record<string, CellValue>> = {};
  for (const sheet of await readScoringSheets(bytes)) {
    const percent = percents[sheet.identity!.applicationId][judge];
    const e: Record<string, CellValue> = {};
    for (const s of subItemsForItem(std, Number(sheet.item))) {
      e[sheet.names[entryName("score", s.code)]] = (s.max * percent) / 100;
      e[sheet.names[entryName("maturity", s.code)]] = bandLabel(std, bandForPercent(std, percent));
    }
    edits[sheet.sheetName] = e;
  }
  fs.writeFileSync(file, await setCells(bytes, edits));
}

async function distributeAndFill(roster: string, dir: string, percents: Record<string, number[]>) {
  const r = await mhscore("distribute", roster, "-o", dir);
  expect([r.code, r.err]).toEqual([0, ""]);
  for (const [k, j] of JUDGES.entries())
    await fill(path.join(dir, `${j}-评委${j.slice(1)}.xlsx`), k, percents);
}

let dir: string;
let roster: string;
let stage1: any;
let combined: any;
let said: string;

beforeAll(async () => {
  dir = tempDir("stages");
  roster = path.join(dir, "名册.xlsx");
  await writeRoster(
    roster,
    APPS.map(([id]) => id),
    true
  );
  await distributeAndFill(roster, path.join(dir, "资料评审"), STAGE1);
  const one = await mhscore(
    "consolidate",
    "--roster",
    roster,
    path.join(dir, "资料评审"),
    "--json",
    "-o",
    path.join(dir, "资料评审汇总.xlsx")
  );
  expect(one.code).toBe(0);
  stage1 = JSON.parse(one.out);
  // The site-visit workbooks: from a roster of the shortlisted (the tie at the cut taken on).
  const visit = path.join(dir, "现场名册.xlsx");
  await writeRoster(visit, Object.keys(STAGE2), false);
  await distributeAndFill(visit, path.join(dir, "现场评审"), STAGE2);
  // A sheet for A05, left out after 资料评审, made by hand and put in with the site visit's.
  const a05 = Object.fromEntries(subItemsForItem(std, 2).map((s) => [s.code, s.max * 0.9]));
  await judgeFile(path.join(dir, "现场评审"), "J1-补评.xlsx", "评委1", 2, [
    { applicant: "上海戊管理咨询有限公司", scores: a05 },
  ]);
  const both = await mhscore(
    "consolidate",
    "--roster",
    roster,
    path.join(dir, "资料评审"),
    path.join(dir, "现场评审"),
    "--winners",
    "2",
    "--json",
    "-o",
    path.join(dir, "汇总.xlsx")
  );
  expect([both.code, both.err.split("\n").length]).toEqual([0, 6]);
  combined = JSON.parse(both.out);
  said = both.err;
}, 180000);

const byId = (apps: any[]) => Object.fromEntries(apps.map((a: any) => [a.applicationId, a]));

describe("a stage with a next stage: the shortlist", () => {
  it("gives each application its 晋级 by 前 3 名/单项, the tie at the cut kept together", () => {
    const apps = byId(stage1.applications);
    const shown = Object.fromEntries(
      Object.entries(apps).map(([id, a]: [string, any]) => [id, [a.final, a.advance]])
    );
    expect(shown).toEqual({
      A01: [400, "advance"],
      A02: [358.33, "advance"],
      A03: [350, "tie-at-cut"],
      A04: [350, "tie-at-cut"],
      A05: [308.33, "out"],
      A06: [null, "out"],
      A07: [383.33, "advance"],
      A08: [316.67, "advance"],
      A09: [266.67, "advance"],
      A10: [250, "out"],
    });
    expect(stage1.options.shortlist).toEqual({
      next: "现场评审",
      rule: { kind: "top", count: 3, perItem: true },
    });
  });

  it("lists the ineligible application with its reason, unranked, with no judge", () => {
    const a06 = byId(stage1.applications).A06;
    expect([a06.ineligible, a06.rank, a06.judges, a06.proposedWinner]).toEqual([
      "成立未满三年",
      null,
      [],
      false,
    ]);
    expect(a06.flags.map((f: any) => f.message)).toEqual([
      "资格审查不符合：成立未满三年（不参加评审，不排名、不晋级）",
    ]);
  });
});

describe("the combined consolidation of both stages", () => {
  it("maps folder N to stage N and says so", () => {
    expect(said).toContain("第 1 个文件夹");
    expect(said).toContain("按第 2 个阶段“现场评审”（权重 0.6）汇总");
  });

  it("carries every stage, and the combined finals, ranks, verdicts and 拟获奖 by hand", () => {
    expect(combined.stages.map((s: any) => [s.id, s.name, s.weight])).toEqual([
      ["document-review", "资料评审", 0.4],
      ["site-visit", "现场评审", 0.6],
    ]);
    expect(byId(combined.stages[1].applications).A02.final).toBe(400);
    // 现场评审 lists only the shortlisted (the tie at the cut taken on): its roster is theirs.
    expect(combined.stages[1].applications.map((a: any) => a.applicationId).sort()).toEqual(
      Object.keys(STAGE2)
    );
    expect(combined.stages[1].progress).toHaveLength(7 * 3);
    // The hand-made sheet of A05 is reported, not counted: A05 stays out of the combined ranking.
    expect(combined.stages[1].problems.map((p: any) => path.basename(p.file))).toEqual([
      "J1-补评.xlsx",
    ]);
    expect(combined.stages[1].counts).toEqual({ files: 4, sheetsRead: 22, sheetsCounted: 21 });
    const rows = combined.combined.applications.map((a: any) => [
      a.applicationId,
      a.finals["document-review"],
      a.finals["site-visit"],
      a.combined,
      a.rank,
      a.verdict,
      a.proposedWinner,
    ]);
    expect(rows).toEqual([
      ["A02", 358.33, 400, 383.33, 1, "通过", true],
      ["A01", 400, 358.33, 375, 2, "通过", true],
      ["A03", 350, 375, 365, 3, "通过", false],
      ["A04", 350, 308.33, 325, 4, "通过", false],
      ["A05", 308.33, null, null, null, "无有效评分", false],
      ["A06", null, null, null, null, "无有效评分", false],
      ["A07", 383.33, 350, 363.33, 1, "通过", true],
      ["A08", 316.67, 391.67, 361.67, 2, "通过", true],
      ["A09", 266.67, 300, 286.67, 3, "未通过", false],
      ["A10", 250, null, null, null, "无有效评分", false],
    ]);
    const notes = byId(combined.combined.applications);
    expect(notes.A05.note).toBe("未晋级：资料评审后未进入下一阶段，不参加综合排名");
    expect(notes.A06.ineligible).toBe("成立未满三年");
  });

  it("writes the combined proposal's 拟获奖名单 and 审定, whose decisions the notice reads", async () => {
    const file = path.join(dir, "汇总.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "汇总",
      "资料评审汇总",
      "现场评审汇总",
      "拟获奖名单",
      "审定",
      "异议登记",
    ]);
    const ws = wb.getWorksheet("审定")!;
    const rows: Record<string, [number, unknown]> = {};
    for (let r = 4; r <= ws.rowCount; r++) {
      const id = ws.getCell(`A${r}`).value;
      if (typeof id === "string" && /^A\d\d$/.test(id)) rows[id] = [r, ws.getCell(`E${r}`).value];
    }
    // The proposal by combined final: A02 383.33, A01 375 (item 2), A07 363.33, A08 361.67 (item 3).
    expect(Object.keys(rows)).toEqual(["A02", "A01", "A07", "A08"]);
    const votes: Record<string, number[]> = {
      A02: [7, 0, 0],
      A01: [6, 1, 0],
      A07: [5, 2, 0],
      A08: [2, 5, 0],
    };
    for (const [id, [yes, no, abstain]] of Object.entries(votes)) {
      const r = rows[id][0];
      ws.getCell(`G${r}`).value = yes;
      ws.getCell(`H${r}`).value = no;
      ws.getCell(`I${r}`).value = abstain;
    }
    const voted = path.join(dir, "汇总-审定.xlsx");
    await wb.xlsx.writeFile(voted);
    const notice = path.join(dir, "公示.docx");
    const r = await mhscore(
      "notice",
      voted,
      "-o",
      notice,
      "--from",
      "2027-04-01",
      "--days",
      "7",
      "--contact",
      "闵行区市场监督管理局质量发展科，电话 021-64120000"
    );
    expect([r.code, r.err]).toEqual([0, ""]);
    const zip = await JSZip.loadAsync(fs.readFileSync(notice));
    const text = await zip.files["word/document.xml"].async("string");
    for (const id of ["A02", "A01", "A07"])
      expect(text).toContain(APPS.find((a) => a[0] === id)![1]);
    expect(text).not.toContain("上海辛服务有限公司"); // A08: 2 of 7 for it
  });

  it("refuses folders out of the roster's order", async () => {
    const r = await mhscore(
      "consolidate",
      "--roster",
      roster,
      path.join(dir, "现场评审"),
      path.join(dir, "资料评审"),
      "--json"
    );
    expect(r.code).not.toBe(0);
    expect(r.err).toContain("第 1 个文件夹");
    expect(r.err).toContain("请按名册“阶段”表的顺序");
  });
});

describeWithEngine("the summaries recalculated by LibreOffice equal --json", () => {
  /** A sheet's cells after LibreOffice recalculated the workbook (cached results stripped). */
  async function recalculated(file: string, name: string) {
    const input = await setCells(new Uint8Array(fs.readFileSync(file)), {});
    const out = await convertWithEngine(input, `lo-${path.basename(file)}`, "xlsx", dir);
    const pkg = await XlsxPackage.open(out.bytes);
    const index = pkg.sheets.find((s) => s.name === name)!.index;
    return (await pkg.readSheet(index)).cells;
  }
  /** Column letter of a header in row 3. */
  const columnOf = (cells: Map<string, { value: unknown }>, header: string) =>
    [...cells.entries()]
      .find(([a, c]) => /^[A-Z]+3$/.test(a) && c.value === header)![0]
      .replace("3", "");

  it("the 晋级 column, by application", async () => {
    const cells = await recalculated(path.join(dir, "资料评审汇总.xlsx"), "汇总");
    const [id, advance] = [columnOf(cells, "申报编号"), columnOf(cells, "晋级")];
    const word = { advance: "晋级", "tie-at-cut": "并列待定", out: "" } as const;
    const sheet: Record<string, unknown> = {};
    const json: Record<string, unknown> = {};
    for (let r = 4; cells.has(`${id}${r}`); r++)
      sheet[String(cells.get(`${id}${r}`)!.value)] = cells.get(`${advance}${r}`)?.value ?? "";
    for (const a of stage1.applications)
      json[a.applicationId] = word[a.advance as keyof typeof word];
    expect(sheet).toEqual(json);
    expect(Object.values(sheet).filter((v) => v === "并列待定")).toHaveLength(2);
  }, 120000);

  it("the combined 汇总: each stage's final, the combined final, rank, verdict, 拟获奖", async () => {
    const cells = await recalculated(path.join(dir, "汇总.xlsx"), "汇总");
    const col = (h: string) => columnOf(cells, h);
    const heads = ["资料评审（× 0.4）", "现场评审（× 0.6）", "综合得分", "排名", "结论", "拟获奖"];
    const sheet: unknown[][] = [];
    for (let r = 4; cells.has(`${col("申报编号")}${r}`); r++)
      sheet.push([
        cells.get(`${col("申报编号")}${r}`)!.value,
        ...heads.map((h) => cells.get(`${col(h)}${r}`)?.value ?? ""),
      ]);
    const json = combined.combined.applications.map((a: any) => [
      a.applicationId,
      a.finals["document-review"] ?? "",
      a.finals["site-visit"] ?? "",
      a.combined ?? "",
      a.rank ?? "",
      a.ineligible !== undefined ? "资格不符" : a.verdict,
      a.proposedWinner ? "拟获奖" : a.tieAtCut ? "并列待定" : "",
    ]);
    expect(sheet).toEqual(json);
  }, 120000);
});
