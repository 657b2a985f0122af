/**
 * One application's figures from its judges' counted entries (aggregate.ts), the rank within an
 * item and the committee's proposal, called directly: the listing order of the judges, every
 * sub-item's range with its 分歧 flag, the few-judges note under each trim mode, the digest flag,
 * an application no sheet counts for, and ranks that share a place. Every figure by hand.
 */
import { describe, expect, it } from "@jest/globals";
import {
  aggregateApplication,
  consolidationOptions,
  decideWithinItems,
  rankWithinItems,
  type ApplicationResult,
  type ConsolidationOptions,
  type JudgeEntry,
} from "../../src/consolidate";
import { defaultStandard as std } from "../../src/standard";
import { t } from "../../src/strings";

/** A judge's entry for item 2 (2.1 max 120, 2.2 max 100, 2.3 max 80) and 创新价值 (6.x). */
function entry(
  judge: string,
  file: string,
  scores: Record<string, number>,
  more: Partial<JudgeEntry> = {}
): JudgeEntry {
  const total = Object.values(scores).reduce((a, b) => a + b, 0);
  return {
    judge,
    file,
    sheet: "研发创新",
    total,
    scores,
    maturity: {},
    strength: {},
    improvement: {},
    digestMismatch: false,
    warnings: [],
    ...more,
  };
}

const s = (a: number, b: number, c: number, v1: number, v2: number, v3: number) => ({
  "2.1": a,
  "2.2": b,
  "2.3": c,
  "6.1": v1,
  "6.2": v2,
  "6.3": v3,
});

const auto = consolidationOptions(std);
const app = (judges: JudgeEntry[], options: ConsolidationOptions = auto) =>
  aggregateApplication(std, "上海莘庄工业区精工有限公司", 2, judges, options);

describe("an application's figures", () => {
  // Totals: 钱 312.5, 孙 280, 李 300 → mean 892.5 / 3 = 297.50; range 32.50.
  const three = [
    entry("钱立群", "b.xlsx", s(84, 70, 56, 42, 36.5, 24)),
    entry("孙晓梅", "c.xlsx", s(72, 65, 48, 40, 32, 23)),
    entry("李国华", "a.xlsx", s(78, 70, 52, 40, 35, 25)),
  ];

  it("lists the judges by name in Chinese (pinyin) order, then by file", () => {
    const r = app([...three, entry("李国华", "0-补交.xlsx", s(78, 70, 52, 40, 35, 25))]);
    expect(r.judges.map((j) => [j.judge, j.file])).toEqual([
      ["李国华", "0-补交.xlsx"],
      ["李国华", "a.xlsx"],
      ["钱立群", "b.xlsx"],
      ["孙晓梅", "c.xlsx"],
    ]);
  });

  it("below 5 judges the mean is final (the trimmed mean shown beside it): the percentage, verdict and total range", () => {
    const r = app(three);
    expect(r).toMatchObject({
      applicant: "上海莘庄工业区精工有限公司",
      item: 2,
      itemTitle: "研发创新",
      mean: 297.5,
      trimmedMean: 300,
      final: 297.5,
      independentFinal: 297.5,
      finalSource: "independent",
      consensus: null,
      percent: 0.595,
      verdict: "未通过",
      rank: null,
      decision: "not-proposed",
      totalRange: 32.5,
    });
  });

  it("notes that too few judges leave the automatic trim unused, and only then", () => {
    const few = t("flag.fewJudges", { count: 3, min: 5 });
    expect(app(three).flags.map((f) => [f.code, f.message])).toContainEqual(["few-judges", few]);
    const always = consolidationOptions(std, { trim: "always" });
    expect(app(three, always).flags.map((f) => f.code)).not.toContain("few-judges");
    expect(app(three, always).final).toBe(300); // the middle judge
    const never = consolidationOptions(std, { trim: "never" });
    expect(app(three, never).flags.map((f) => f.code)).not.toContain("few-judges");
    const five = [
      ...three,
      entry("周文", "d.xlsx", s(96, 80, 64, 48, 40, 32)), // 360
      entry("吴静", "e.xlsx", s(60, 50, 40, 30, 25, 20)), // 225
    ];
    const r = app(five);
    // Without 360 and 225: (312.5 + 280 + 300) / 3 = 297.50; mean 1477.5 / 5 = 295.50.
    expect([r.mean, r.trimmedMean, r.final]).toEqual([295.5, 297.5, 297.5]);
    expect(r.flags.map((f) => f.code)).not.toContain("few-judges");
  });

  it("gives every sub-item's range and flags the ones above 20 % of the maximum", () => {
    const r = app(three);
    // 2.1: 84 − 72 = 12 of 120 (threshold 24); 2.2: 5 of 100; 2.3: 8 of 80; 6.2: 4.5 of 60.
    expect(r.spreads.map((x) => [x.code, x.max, x.range, x.disagreement])).toEqual([
      ["2.1", 120, 12, false],
      ["2.2", 100, 5, false],
      ["2.3", 80, 8, false],
      ["6.1", 80, 2, false],
      ["6.2", 60, 4.5, false],
      ["6.3", 60, 2, false],
    ]);
    const apart = [
      entry("钱立群", "b.xlsx", s(108, 70, 56, 42, 36.5, 24)),
      entry("孙晓梅", "c.xlsx", s(72, 65, 48, 40, 32, 23)),
    ];
    const spread = app(apart).flags.filter((f) => f.code === "spread");
    expect(spread).toEqual([
      {
        code: "spread",
        subItem: "2.1",
        message: t("flag.spread", {
          code: "2.1",
          title: std.parts[1].subItems[0].title,
          range: 36,
          percent: 20,
        }),
      },
    ]);
    // With --spread 0.25 the threshold is 30 points: 36 is still a 分歧, said with 25 %.
    const wider = consolidationOptions(std, { spreadRatio: 0.25 });
    expect(app(apart, wider).flags.filter((f) => f.code === "spread")).toEqual([
      expect.objectContaining({ message: expect.stringContaining("25%") }),
    ]);
  });

  it("flags a sheet changed after it was submitted", () => {
    expect(app(three).flags.map((f) => f.code)).not.toContain("digest");
    const changed = [three[0], { ...three[1], digestMismatch: true }, three[2]];
    expect(app(changed).flags).toContainEqual({ code: "digest", message: t("flag.digest") });
  });

  it("without a counted sheet: no figures, 无有效评分 and a flag", () => {
    const r = app([]);
    expect(r).toMatchObject({
      judges: [],
      mean: null,
      trimmedMean: null,
      final: null,
      independentFinal: null,
      percent: null,
      verdict: "无有效评分",
      totalRange: null,
      decision: "not-proposed",
    });
    expect(r.spreads.every((x) => x.range === null && !x.disagreement)).toBe(true);
    expect(r.flags).toEqual([{ code: "no-judges", message: t("flag.noJudges") }]);
  });

  it("with one judge: the range is 0 and no sub-item is a 分歧", () => {
    const r = app([three[0]]);
    expect([r.final, r.totalRange, r.verdict]).toEqual([312.5, 0, "通过"]);
    expect(r.spreads.map((x) => x.range)).toEqual([0, 0, 0, 0, 0, 0]);
  });
});

describe("ranks and the proposal within each item", () => {
  const result = (applicant: string, item: number, final: number | null): ApplicationResult =>
    ({
      applicant,
      item,
      final,
      verdict: final === null ? "无有效评分" : final >= 300 ? "通过" : "未通过",
      rank: null,
      decision: "not-proposed",
    }) as unknown as ApplicationResult;

  it("ranks by final score within the item, equal finals sharing a rank (1, 1, 3)", () => {
    const apps = [
      result("甲", 2, 350.25),
      result("乙", 2, 380),
      result("丙", 2, 350.25),
      result("丁", 2, 290.5),
      result("戊", 3, 400),
      result("己", 2, null),
    ];
    rankWithinItems(apps);
    expect(apps.map((a) => [a.applicant, a.rank])).toEqual([
      ["甲", 2],
      ["乙", 1],
      ["丙", 2],
      ["丁", 4],
      ["戊", 1],
      ["己", null],
    ]);
  });

  it("proposes within each item by the cut, never one without a final", () => {
    const apps = [
      result("甲", 2, 350.25),
      result("乙", 2, 380),
      result("丙", 2, 350.25),
      result("戊", 3, 400),
      result("己", 2, null),
    ];
    decideWithinItems(apps, 2);
    expect(apps.map((a) => a.decision)).toEqual([
      "tie-at-cut",
      "proposed",
      "tie-at-cut",
      "proposed",
      "not-proposed",
    ]);
    decideWithinItems(apps);
    expect(apps.map((a) => a.decision)).toEqual([
      "proposed",
      "proposed",
      "proposed",
      "proposed",
      "not-proposed",
    ]);
  });
});
