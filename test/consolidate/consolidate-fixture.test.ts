/**
 * Consolidating a realistic set of judges' workbooks (see test/support/consolidation-fixture.ts):
 * every figure against a hand-computed expectation, the problem list entry by entry, and the
 * CLI's .xlsx output recalculated by LibreOffice against its --json.
 */
import { beforeAll, describe, expect, it } from "@jest/globals";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { run } from "../../src/cli/main";
import { XlsxPackage } from "../../src/xlsx";
import { A, buildFixture } from "../support/consolidation-fixture";
import { convertWithEngine, describeWithEngine, tempDir } from "../support/engine";
import { summarySheetNames } from "../support/summary-sheets";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mh-fixture-"));
const files = path.join(dir, "评委评分表");
let json: any;
let stdout = "";
let exitCode = -1;

beforeAll(async () => {
  await buildFixture(files);
  const out: string[] = [];
  exitCode = await run(["consolidate", files, "--json", "-o", path.join(dir, "汇总.xlsx")], {
    out: (s) => out.push(s),
    err: () => undefined,
  });
  stdout = out.join("\n");
  json = JSON.parse(stdout);
}, 120000);

const app = (applicant: string) => json.applications.find((a: any) => a.applicant === applicant);

describe("consolidating the fixture", () => {
  it("exits 0 and lists the applications by item and rank", () => {
    expect(exitCode).toBe(0);
    expect(json.applications.map((a: any) => [a.item, a.rank, a.applicant])).toEqual([
      [1, 1, A.evil],
      [2, 1, A.jia],
      [2, 2, A.yi],
      [3, 1, A.bingFullWidth],
      [3, 2, A.bing],
      [4, 1, A.ding],
      [5, 1, A.wu],
    ]);
  });

  it("reports the three scoring-quality warnings the judges left, and only those", () => {
    const warnings = json.applications.flatMap((a: any) =>
      a.judges.flatMap((j: any) =>
        j.warnings.map((w: any) => [a.applicant, j.judge, w.subItem, w.code])
      )
    );
    expect(warnings).toEqual([
      [A.jia, "J1", "2.1", "band-mismatch"],
      [A.jia, "J2", "6.1", "no-comment"],
      [A.bing, "J3", "3.2", "no-band"],
    ]);
  });

  it("甲: 7 judges, trimmed mean 325 (drop 450 and 250), every sub-item a 分歧, digest flagged", () => {
    const a = app(A.jia);
    expect(a.judges.map((j: any) => j.total)).toEqual([300, 325, 350, 275, 375, 450, 250]);
    expect(a.judges.map((j: any) => j.judge)).toEqual(["J1", "J2", "J3", "J4", "J5", "J6", "J7"]);
    expect(a.judges[0].scores).toEqual({
      "2.1": 72,
      "2.2": 60,
      "2.3": 48,
      "6.1": 48,
      "6.2": 36,
      "6.3": 36,
    });
    expect([a.mean, a.trimmedMean, a.final, a.percent, a.verdict, a.totalRange]).toEqual([
      332.14,
      325,
      325,
      0.65,
      "通过",
      200,
    ]);
    expect(a.spreads.map((s: any) => [s.code, s.range, s.disagreement])).toEqual([
      ["2.1", 48, true],
      ["2.2", 40, true],
      ["2.3", 32, true],
      ["6.1", 32, true],
      ["6.2", 24, true],
      ["6.3", 24, true],
    ]);
    expect(a.flags.map((f: any) => f.code)).toEqual([
      "spread",
      "spread",
      "spread",
      "spread",
      "spread",
      "spread",
      "digest",
    ]);
    expect(a.flags[0].message).toBe("分歧：2.1 技术研发先进性，极差 48 分，超过满分的 20%");
  });

  it("乙: the 7 complete sheets count (the 3 with blank, negative, over-maximum scores do not)", () => {
    const a = app(A.yi);
    expect(a.judges.map((j: any) => j.total)).toEqual([300, 300, 325, 300, 275, 300, 325]);
    expect([a.mean, a.trimmedMean, a.final, a.percent, a.verdict, a.totalRange]).toEqual([
      303.57,
      305,
      305,
      0.61,
      "通过",
      50,
    ]);
    expect(a.spreads.every((s: any) => !s.disagreement)).toBe(true);
    expect(a.flags).toEqual([]);
  });

  it("丙: 3 judges, so the final score is the mean (auto); the full-width variant stays separate", () => {
    const a = app(A.bing);
    expect(a.judges.map((j: any) => j.total)).toEqual([250, 275, 300]);
    expect([a.mean, a.trimmedMean, a.final, a.percent, a.verdict, a.rank]).toEqual([
      275,
      275,
      275,
      0.55,
      "未通过",
      2,
    ]);
    expect(a.flags.map((f: any) => f.message)).toEqual([
      "有效评委 3 人，不足 5 人，最终得分取平均分",
    ]);
    const v = app(A.bingFullWidth);
    expect([
      v.judges.length,
      v.mean,
      v.trimmedMean,
      v.final,
      v.verdict,
      v.rank,
      v.totalRange,
    ]).toEqual([1, 325, null, 325, "通过", 1, 0]);
  });

  it("丁: the sheet with a text score is left out; 6 judges, trimmed mean 356.25", () => {
    const a = app(A.ding);
    expect(a.judges.map((j: any) => j.total)).toEqual([350, 350, 375, 325, 350, 400]);
    expect([a.mean, a.trimmedMean, a.final, a.percent, a.verdict, a.totalRange]).toEqual([
      358.33,
      356.25,
      356.25,
      0.7125,
      "通过",
      75,
    ]);
    expect(a.spreads.map((s: any) => s.range)).toEqual([18, 15, 12, 12, 9, 9]);
    expect(a.spreads.every((s: any) => !s.disagreement)).toBe(true);
  });

  it("戊: J3's two sheets do not count until resolved; 2 judges, mean 212.5", () => {
    const a = app(A.wu);
    expect(a.judges.map((j: any) => [j.judge, j.total])).toEqual([
      ["J1", 200],
      ["J2", 225],
    ]);
    expect([a.mean, a.trimmedMean, a.final, a.percent, a.verdict]).toEqual([
      212.5,
      null,
      212.5,
      0.425,
      "未通过",
    ]);
  });

  it("keeps a formula-looking applicant as text: in the JSON and in the summary workbook", async () => {
    const a = app(A.evil);
    expect([a.final, a.verdict]).toEqual([300, "通过"]);
    const pkg = await XlsxPackage.open(fs.readFileSync(path.join(dir, "汇总.xlsx")));
    const summary = await pkg.readSheet(0);
    const cells = [...summary.cells.values()];
    const evil = cells.filter((c) => c.value === A.evil);
    expect(evil.length).toBe(1);
    expect(evil[0].formula).toBeUndefined();
    expect(cells.some((c) => c.formula?.includes("HYPERLINK"))).toBe(false);
  });

  it("lists every problem, entry by entry", () => {
    const rows = json.problems.map((p: any) => [path.basename(p.file), p.sheet, p.cell, p.code]);
    const sorted = (xs: string[][]) =>
      [...xs].sort((a, b) => a.join("|").localeCompare(b.join("|")));
    expect(sorted(rows)).toEqual(
      sorted([
        ["评分说明.xlsx", "", "", "not-xlsx"],
        ["J5-截断.xlsx", "", "", "unreadable"],
        ["J6-加密.xlsx", "", "", "encrypted"],
        ["J2-标准创新-新格式.xlsx", "上海己标准化研究院", "J1", "format-version"],
        ["J8-研发创新.xlsx", A.yi, "D8", "score-blank"],
        ["J8-研发创新.xlsx", A.yi, "", "sheet-not-counted"],
        ["J9-研发创新.xlsx", A.yi, "D11", "score-negative"],
        ["J9-研发创新.xlsx", A.yi, "", "sheet-not-counted"],
        ["J10-研发创新.xlsx", A.yi, "D9", "score-overMax"],
        ["J10-研发创新.xlsx", A.yi, "", "sheet-not-counted"],
        ["J7-管理创新.xlsx", A.ding, "D8", "score-notNumber"],
        ["J7-管理创新.xlsx", A.ding, "", "sheet-not-counted"],
        ["J2-研发创新.xlsx", A.yi, "D16", "total-mismatch"],
        ["J4-研发创新.xlsx", A.jia, "J4", "digest-mismatch"],
        ["J3-商标品牌-初稿.xlsx", A.wu, "", "duplicate-judge"],
        ["J3-商标品牌-终稿.xlsx", A.wu, "", "duplicate-judge"],
        ["J4-服务创新.xlsx", A.bingFullWidth, "B2", "similar-applicant"],
      ])
    );
    const message = (code: string) => json.problems.find((p: any) => p.code === code).message;
    expect(message("encrypted")).toBe("文件设有打开密码，无法读取。请评委取消密码后重新提交");
    expect(message("total-mismatch")).toBe(
      "文件中保存的总分 999 与按各项得分重新计算的 300 不符（已按重新计算的结果汇总）"
    );
    expect(message("similar-applicant")).toBe(
      `申报组织“${A.bingFullWidth}”与“${A.bing}”仅空格或全角/半角不同，可能是同一申报；未合并，请统一名称后重新汇总`
    );
    expect(message("score-overMax")).toBe("2.3 技术研发创新环境：得分 81 超过满分 80");
    // 30 files; 34 sheets (two per 研发创新 judge file of J1–J7); 27 counted: 7 + 7 + 3 + 1 + 6 + 2 + 1.
    expect(json.counts).toEqual({ files: 30, sheetsRead: 34, sheetsCounted: 27 });
  });
});

describeWithEngine("the CLI's summary workbook, recalculated by LibreOffice", () => {
  it("shows the same figures as --json", async () => {
    const out = await convertWithEngine(
      fs.readFileSync(path.join(dir, "汇总.xlsx")),
      "summary.xlsx",
      "xlsx",
      tempDir("summary")
    );
    const pkg = await XlsxPackage.open(out.bytes);
    expect(pkg.sheets.map((s) => s.name)).toEqual(summarySheetNames());
    const cells = (await pkg.readSheet(0)).cells;
    const header = new Map<string, string>();
    for (const [a, c] of cells)
      if (/^[A-Z]+3$/.test(a)) header.set(String(c.value), a.replace("3", ""));
    // An empty formula result ("") is the JSON's null.
    const at = (col: string, row: number) => {
      const v = cells.get(`${header.get(col)}${row}`)?.value ?? null;
      return v === "" ? null : v;
    };
    json.applications.forEach((a: any, i: number) => {
      const r = 4 + i;
      expect(at("申报组织", r)).toBe(a.applicant);
      expect([
        at("排名", r),
        at("有效评委", r),
        at("平均分", r),
        at("去最高最低平均分", r),
        at("最终得分", r),
        at("得分率", r),
        at("结论", r),
      ]).toEqual([
        a.rank,
        a.judges.length,
        a.mean,
        a.trimmedMean ?? null,
        a.final,
        a.percent,
        a.verdict,
      ]);
    });
    const zipText = out.bytes.toString("latin1");
    expect(zipText).toContain("xl/charts/chart1.xml");
    // The 图表 sheet's tables, recalculated from 汇总: each item's finals from high to low.
    const chart = (await pkg.readSheet(1)).cells;
    const charted = [...chart.entries()]
      .filter(
        ([a, c]) =>
          /^B\d+$/.test(a) &&
          chart.has(`E${a.slice(1)}`) &&
          c.value !== null &&
          c.value !== "申报组织"
      )
      .map(([a, c]) => {
        const r = a.slice(1);
        return [
          c.value,
          chart.get(`E${r}`)!.value,
          chart.get(`C${r}`)!.value,
          chart.get(`F${r}`)!.value,
        ];
      });
    const scored = json.applications.filter((a: any) => a.final !== null);
    expect(charted.map(([name]) => name).sort()).toEqual(
      scored.map((a: any) => a.applicant).sort()
    );
    for (const [name, final, independent, verdict] of charted) {
      const a = scored.find((x: any) => x.applicant === name);
      expect([name, final, independent, verdict]).toEqual([name, a.final, a.final, a.verdict]);
    }
  });
});
