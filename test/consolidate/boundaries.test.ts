/**
 * Consolidation at the rules' boundaries, with judges' sheets as a host reads them: a total that
 * rounds at the third decimal against the pass line 300 (a judge's sheet, and the mean across
 * judges), and a sub-item whose range (极差) is exactly the 分歧 threshold, with one step on
 * either side. Each judge scores the sub-items differently; every figure is worked out by hand.
 */
import { describe, expect, it } from "@jest/globals";
import { consolidate, type ApplicationResult, type FileInput } from "../../src/consolidate";
import { defaultStandard as std } from "../../src/standard";
import { t } from "../../src/strings";
import { scoresWithTotal } from "../support/score-cases";
import { sheetWithScores } from "../support/sheet-read";

/** One file per judge and application. */
const files = (sheets: [applicant: string, judge: string, scores: Record<string, number>][]) =>
  sheets.map(([applicant, judge, scores]): FileInput => ({
    file: `${judge}-${applicant}.xlsx`,
    result: { ok: true, sheets: [sheetWithScores(applicant, 2, judge, scores)] },
  }));

const byApplicant = (apps: ApplicationResult[]) =>
  Object.fromEntries(apps.map((a) => [a.applicant, a]));

describe("a total that rounds at the third decimal, against the pass line 300", () => {
  /** Item 2 with 2.2 typed to the thousandth; the 创新价值 part adds up to 80.00. */
  const typed = (score22: number) => ({
    "2.1": 90.125,
    "2.2": score22,
    "2.3": 59,
    "6.1": 36,
    "6.2": 24.5,
    "6.3": 19.5,
  });

  it("a judge's sheet of 299.994 counts as 299.99 and fails; 299.995 and 299.996 as 300.00 and pass", async () => {
    const r = await consolidate(
      files([
        ["上海梅陇精密机械有限公司", "赵敏", typed(70.869)],
        ["上海华漕智能装备有限公司", "赵敏", typed(70.87)],
        ["上海马桥新材料有限公司", "赵敏", typed(70.871)],
      ])
    );
    expect(r.problems).toEqual([]);
    const a = byApplicant(r.applications);
    expect(
      ["上海梅陇精密机械有限公司", "上海华漕智能装备有限公司", "上海马桥新材料有限公司"].map(
        (name) => [a[name].judges[0].total, a[name].final, a[name].verdict]
      )
    ).toEqual([
      [299.99, 299.99, "未通过"],
      [300, 300, "通过"],
      [300, 300, "通过"],
    ]);
  });

  it("a mean of 299.995 across two judges is 300.00 and passes; one hundredth lower fails", async () => {
    // (310.50 + 289.48) / 2 = 299.99; (310.50 + 289.49) / 2 = 299.995 → 300.00; 289.50: 300.00.
    const pairs: [string, number][] = [
      ["上海颛桥检测认证有限公司", 289.48],
      ["上海吴泾生物医药有限公司", 289.49],
      ["上海浦江物流服务有限公司", 289.5],
    ];
    const r = await consolidate(
      files(
        pairs.flatMap(([applicant, other]): [string, string, Record<string, number>][] => [
          [applicant, "孙立", scoresWithTotal(std, 2, 310.5, 4)],
          [applicant, "周婷", scoresWithTotal(std, 2, other, -3.5)],
        ])
      ),
      { winners: 2 }
    );
    const a = byApplicant(r.applications);
    expect(pairs.map(([name]) => [a[name].mean, a[name].final, a[name].verdict])).toEqual([
      [299.99, 299.99, "未通过"],
      [300, 300, "通过"],
      [300, 300, "通过"],
    ]);
    // The two at 300.00 share the first rank; the one at 299.99 is never proposed.
    expect(pairs.map(([name]) => [a[name].rank, a[name].decision])).toEqual([
      [3, "not-proposed"],
      [1, "proposed"],
      [1, "proposed"],
    ]);
  });

  it("rounds each sheet's total before the mean, as the sheets do", async () => {
    // 王: 219.995 + 80 → 300.00; 钱: 219.985 + 80 → 219.99 + 80 = 299.99. Mean 299.995 → 300.00
    // (the unrounded sums would give 299.99).
    const r = await consolidate(
      files([
        ["上海七宝精密机械有限公司", "王芳", typed(70.87)],
        [
          "上海七宝精密机械有限公司",
          "钱进",
          { "2.1": 88.5, "2.2": 72.485, "2.3": 59, "6.1": 37.5, "6.2": 23, "6.3": 19.5 },
        ],
      ])
    );
    const [app] = r.applications;
    expect(app.judges.map((j) => [j.judge, j.total])).toEqual([
      ["钱进", 299.99],
      ["王芳", 300],
    ]);
    expect([app.mean, app.final, app.verdict]).toEqual([300, 300, "通过"]);
  });
});

describe("a sub-item whose range is exactly the 分歧 threshold", () => {
  /** Three judges of item 2 who agree closely on everything but 2.1 (and 2.3 when given). */
  const judges = (s21: number[], s23: number[] = [50, 48, 51.5]) =>
    [
      { "2.2": 62, "6.1": 52, "6.2": 40.5, "6.3": 37 },
      { "2.2": 65, "6.1": 50, "6.2": 42, "6.3": 38.5 },
      { "2.2": 60.5, "6.1": 54, "6.2": 39, "6.3": 36 },
    ].map((rest, k) => ({ "2.1": s21[k], "2.3": s23[k], ...rest }));

  const round = (apps: Record<string, Record<string, number>[]>) =>
    files(
      Object.entries(apps).flatMap(([applicant, sheets]) =>
        sheets.map((scores, k): [string, string, Record<string, number>] => [
          applicant,
          ["吴刚", "郑丽", "冯涛"][k],
          scores,
        ])
      )
    );

  const spreadOf = (a: ApplicationResult, code: string) => {
    const s = a.spreads.find((x) => x.code === code)!;
    return [
      s.range,
      s.disagreement,
      a.flags.filter((f) => f.code === "spread").map((f) => f.subItem),
    ];
  };

  it("2.1 (maximum 120, threshold 20 % = 24): 23.5 and 24 are not a 分歧, 24.5 is", async () => {
    const r = await consolidate(
      round({
        上海莘庄智能装备有限公司: judges([66.5, 78, 90]),
        上海虹桥生物医药有限公司: judges([66, 78, 90]),
        上海闵行检测认证有限公司: judges([66, 78, 90.5]),
      })
    );
    const a = byApplicant(r.applications);
    expect(spreadOf(a["上海莘庄智能装备有限公司"], "2.1")).toEqual([23.5, false, []]);
    expect(spreadOf(a["上海虹桥生物医药有限公司"], "2.1")).toEqual([24, false, []]);
    expect(spreadOf(a["上海闵行检测认证有限公司"], "2.1")).toEqual([24.5, true, ["2.1"]]);
    expect(a["上海闵行检测认证有限公司"].flags.find((f) => f.code === "spread")!.message).toBe(
      t("flag.spread", { code: "2.1", title: "技术研发先进性", range: 24.5, percent: 20 })
    );
  });

  it("2.1 in hundredths: 23.99 and 24.00 are not a 分歧, 24.01 is", async () => {
    const r = await consolidate(
      round({
        上海莘庄智能装备有限公司: judges([66.01, 78, 90]),
        上海虹桥生物医药有限公司: judges([66, 78, 90]),
        上海闵行检测认证有限公司: judges([65.99, 78, 90]),
      })
    );
    const a = byApplicant(r.applications);
    expect(spreadOf(a["上海莘庄智能装备有限公司"], "2.1")).toEqual([23.99, false, []]);
    expect(spreadOf(a["上海虹桥生物医药有限公司"], "2.1")).toEqual([24, false, []]);
    expect(spreadOf(a["上海闵行检测认证有限公司"], "2.1")).toEqual([24.01, true, ["2.1"]]);
  });

  it("with --spread 0.25, 2.3 (maximum 80, threshold 20): 19.5 and 20 are not, 20.5 is", async () => {
    const close = [84, 88.5, 86];
    const r = await consolidate(
      round({
        上海莘庄智能装备有限公司: judges(close, [50.5, 62, 70]),
        上海虹桥生物医药有限公司: judges(close, [50, 62, 70]),
        上海闵行检测认证有限公司: judges(close, [49.5, 62, 70]),
      }),
      { spreadRatio: 0.25 }
    );
    const a = byApplicant(r.applications);
    expect(spreadOf(a["上海莘庄智能装备有限公司"], "2.3")).toEqual([19.5, false, []]);
    expect(spreadOf(a["上海虹桥生物医药有限公司"], "2.3")).toEqual([20, false, []]);
    expect(spreadOf(a["上海闵行检测认证有限公司"], "2.3")).toEqual([20.5, true, ["2.3"]]);
  });
});
