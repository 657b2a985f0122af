/**
 * mhscore consolidate --trim always|never (and auto, the default) on real judges' workbooks: five
 * applications of 研发创新 scored by 2, 3, 4, 5 and 6 judges, so each mode meets its threshold
 * (5 judges for auto, 3 for always) at the boundary and one judge on either side. Every figure is worked out by hand;
 * the summary workbook, recalculated by LibreOffice, gives the same finals as --json in every mode.
 */
import { beforeAll, describe, expect, it } from "@jest/globals";
import * as fs from "fs";
import * as path from "path";
import { defaultStandard as std } from "../../src/standard";
import { t } from "../../src/strings";
import { XlsxPackage } from "../../src/xlsx";
import { mhscore } from "../support/cli";
import { judgeFile, type SheetSpec } from "../support/consolidation-fixture";
import { convertWithEngine, describeWithEngine, tempDir } from "../support/engine";
import { scoresWithTotal } from "../support/score-cases";

const JUDGES = ["王建国", "李梅", "张伟", "刘芳", "陈刚", "杨静"];

/** Each application's judges' totals, in the judges' order (the first k judges score it). */
const TOTALS: Record<string, number[]> = {
  上海莘庄智能装备有限公司: [341, 287.5, 305, 299, 276.5, 318],
  上海七宝生物医药有限公司: [360, 295, 298, 302, 290],
  上海虹桥检测认证有限公司: [352.5, 296, 301.5, 288],
  上海浦江新材料有限公司: [330, 284, 297],
  上海吴泾物流服务有限公司: [318.5, 284],
};

type Row = [mean: number, trimmed: number | null, final: number, verdict: string];

/**
 * By hand: 6 judges Σ 1827 / 6 = 304.50, without 341 and 276.5 1209.5 / 4 = 302.375 → 302.38;
 * 5 judges Σ 1545 / 5 = 309.00, without 360 and 290 895 / 3 = 298.33; 4 judges 1238 / 4 = 309.50,
 * without 352.5 and 288 (296 + 301.5) / 2 = 298.75; 3 judges 911 / 3 = 303.67, the middle 297;
 * 2 judges 602.5 / 2 = 301.25, no trimmed mean.
 */
const FIGURES: Record<string, [mean: number, trimmed: number | null]> = {
  上海莘庄智能装备有限公司: [304.5, 302.38],
  上海七宝生物医药有限公司: [309, 298.33],
  上海虹桥检测认证有限公司: [309.5, 298.75],
  上海浦江新材料有限公司: [303.67, 297],
  上海吴泾物流服务有限公司: [301.25, null],
};

/** Which applications take the trimmed mean as final, by mode. */
const TRIMMED: Record<string, string[]> = {
  auto: ["上海莘庄智能装备有限公司", "上海七宝生物医药有限公司"],
  always: [
    "上海莘庄智能装备有限公司",
    "上海七宝生物医药有限公司",
    "上海虹桥检测认证有限公司",
    "上海浦江新材料有限公司",
  ],
  never: [],
};

const expected = (mode: string): Record<string, Row> =>
  Object.fromEntries(
    Object.entries(FIGURES).map(([applicant, [mean, trimmed]]) => {
      const final = TRIMMED[mode].includes(applicant) ? trimmed! : mean;
      return [applicant, [mean, trimmed, final, final >= 300 ? "通过" : "未通过"]];
    })
  );

let judges: string;
let dir: string;
const runs: Record<string, any> = {};

beforeAll(async () => {
  dir = tempDir("trim");
  judges = path.join(dir, "评委");
  fs.mkdirSync(judges);
  for (const [k, judge] of JUDGES.entries()) {
    const sheets: SheetSpec[] = Object.entries(TOTALS)
      .filter(([, totals]) => k < totals.length)
      // Each judge leans a little differently between 2.1 and 2.2.
      .map(([applicant, totals]) => ({
        applicant,
        scores: scoresWithTotal(std, 2, totals[k], (k - 2) * 2.5),
      }));
    await judgeFile(judges, `${judge}-研发创新.xlsx`, judge, 2, sheets);
  }
  for (const mode of ["auto", "always", "never"]) {
    const out = path.join(dir, `汇总-${mode}.xlsx`);
    // auto is the default: asked for by leaving --trim out.
    const trim = mode === "auto" ? [] : ["--trim", mode];
    const r = await mhscore("consolidate", judges, ...trim, "--json", "-o", out);
    expect([mode, r.code]).toEqual([mode, 0]);
    runs[mode] = JSON.parse(r.out);
  }
}, 120000);

const byValue = (a: number, b: number) => a - b;

const rows = (json: any): Record<string, Row> =>
  Object.fromEntries(
    json.applications.map((a: any) => [a.applicant, [a.mean, a.trimmedMean, a.final, a.verdict]])
  );

describe("mhscore consolidate --trim", () => {
  it("reads every judge's sheet: 6 + 5 + 4 + 3 + 2 judges, each total as planned", () => {
    const json = runs.auto;
    expect(json.problems).toEqual([]);
    for (const a of json.applications)
      expect([a.applicant, a.judges.map((j: any) => j.total).sort(byValue)]).toEqual([
        a.applicant,
        [...TOTALS[a.applicant]].sort(byValue),
      ]);
  });

  it("auto (the default): the trimmed mean from exactly 5 judges on, the mean with 4", () => {
    expect(runs.auto.options.trim).toBe("auto");
    expect(rows(runs.auto)).toEqual(expected("auto"));
    // 七宝 (5 judges) fails on its trimmed mean; 虹桥 (4 judges) passes on its mean.
    expect(rows(runs.auto)["上海七宝生物医药有限公司"][3]).toBe("未通过");
    expect(rows(runs.auto)["上海虹桥检测认证有限公司"][3]).toBe("通过");
  });

  it("auto flags the applications with fewer than 5 judges, and only those", () => {
    const flagged = runs.auto.applications
      .filter((a: any) => a.flags.some((f: any) => f.code === "few-judges"))
      .map((a: any) => [a.applicant, a.judges.length]);
    expect(flagged.sort()).toEqual(
      [
        ["上海虹桥检测认证有限公司", 4],
        ["上海浦江新材料有限公司", 3],
        ["上海吴泾物流服务有限公司", 2],
      ].sort()
    );
  });

  it("always: the trimmed mean from exactly 3 judges on, the mean with 2", () => {
    expect(runs.always.options.trim).toBe("always");
    expect(rows(runs.always)).toEqual(expected("always"));
    expect(rows(runs.always)["上海浦江新材料有限公司"]).toEqual([303.67, 297, 297, "未通过"]);
    expect(rows(runs.always)["上海吴泾物流服务有限公司"]).toEqual([301.25, null, 301.25, "通过"]);
    expect(
      runs.always.applications.filter((a: any) => a.flags.some((f: any) => f.code === "few-judges"))
    ).toEqual([]);
  });

  it("never: the mean, whatever the number of judges", () => {
    expect(runs.never.options.trim).toBe("never");
    expect(rows(runs.never)).toEqual(expected("never"));
    expect(rows(runs.never)["上海七宝生物医药有限公司"]).toEqual([309, 298.33, 309, "通过"]);
  });

  it("refuses another mode, and says which ones there are", async () => {
    const r = await mhscore("consolidate", judges, "--trim", "sometimes", "--json");
    expect(r.code).toBe(2);
    expect(r.err).toContain(t("cli.consolidate.badTrim", { value: "sometimes" }));
    expect(r.out).toBe("");
  });
});

describeWithEngine("the summary under each --trim, recalculated by LibreOffice", () => {
  it("gives the --json finals and verdicts in every mode", async () => {
    const engineDir = tempDir("trim-engine");
    for (const mode of ["auto", "always", "never"]) {
      const out = await convertWithEngine(
        fs.readFileSync(path.join(dir, `汇总-${mode}.xlsx`)),
        `summary-${mode}.xlsx`,
        "xlsx",
        engineDir
      );
      const pkg = await XlsxPackage.open(out.bytes);
      const cells = (await pkg.readSheet(0)).cells;
      const header = new Map<string, string>();
      for (const [a, c] of cells)
        if (/^[A-Z]+3$/.test(a)) header.set(String(c.value), a.replace("3", ""));
      const at = (col: string, row: number) => {
        const v = cells.get(`${header.get(col)}${row}`)?.value ?? null;
        return v === "" ? null : v;
      };
      const computed: Record<string, Row> = {};
      for (let r = 4; at("申报组织", r) !== null; r++)
        computed[String(at("申报组织", r))] = [
          at("平均分", r),
          at("去最高最低平均分", r),
          at("最终得分", r),
          at("结论", r),
        ] as Row;
      expect([mode, computed]).toEqual([mode, expected(mode)]);
    }
  }, 120000);
});
