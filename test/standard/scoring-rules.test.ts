import { describe, expect, it } from "@jest/globals";
import {
  bandForPercent,
  bandLabel,
  checkScore,
  entryWarningCodes,
  entryWarnings,
  sheetWarnings,
  type EntryInput,
  defaultStandard as std,
  exactSum,
  isOnStep,
  itemNumbers,
  percentForScore,
  scoreForPercent,
  stepsInBand,
  sheetFigures,
} from "../../src/standard";
import { scoresSummingTo as summingTo, TENTHS_MAKING_300 } from "../support/score-cases";

const allSubItems = std.parts.flatMap((p) => p.subItems);
const sub = (code: string) => allSubItems.find((s) => s.code === code)!;

const scoresSummingTo = (item: number, total: number) =>
  summingTo(std, item, total) as Record<string, number>;

describe("checking one score", () => {
  it("accepts 0, the maximum and any 5 % step", () => {
    expect(checkScore(std, sub("1.3"), 0)).toEqual({ status: "ok", value: 0 });
    expect(checkScore(std, sub("1.3"), 50)).toEqual({ status: "ok", value: 50 });
    expect(checkScore(std, sub("1.3"), 27.5)).toEqual({ status: "ok", value: 27.5 });
  });

  it("treats null, undefined and the empty string as blank", () => {
    for (const raw of [null, undefined, ""])
      expect(checkScore(std, sub("1.1"), raw).status).toBe("blank");
  });

  it("rejects text (even numeric-looking), NaN, negatives and over-maximum values with a message", () => {
    expect(checkScore(std, sub("1.1"), "45")).toMatchObject({
      status: "error",
      issue: "notNumber",
    });
    expect(checkScore(std, sub("1.1"), "四十")).toMatchObject({
      status: "error",
      message: "1.1 深化标准化改革：“四十”不是数字，请填写 0 至 50 之间的分数",
    });
    expect(checkScore(std, sub("1.1"), NaN)).toMatchObject({ status: "error", issue: "notNumber" });
    expect(checkScore(std, sub("1.1"), -1)).toMatchObject({ status: "error", issue: "negative" });
    expect(checkScore(std, sub("2.1"), 120.5)).toMatchObject({
      status: "error",
      issue: "overMax",
      message: "2.1 技术研发先进性：得分 120.5 超过满分 120",
    });
  });

  it("accepts a score off the 5 % grid: that is a warning (off-grid), not an error", () => {
    expect(checkScore(std, sub("1.3"), 26)).toEqual({ status: "ok", value: 26 });
  });
});

describe("scoring-quality warnings", () => {
  const label = (percent: number) => bandLabel(std, bandForPercent(std, percent));
  const codes = (code: string, entry: EntryInput) => entryWarningCodes(std, sub(code), entry);

  it("band-mismatch: a band chosen and the score's percentage in another band", () => {
    expect(codes("2.1", { score: 66, maturity: label(55), strength: "x" })).toEqual([]);
    expect(codes("2.1", { score: 66, maturity: label(35), strength: "x" })).toEqual([
      "band-mismatch",
    ]);
    // 7 % lies between 0–5 % and 10–25 %: it belongs to the lower band.
    expect(codes("2.2", { score: 7, maturity: "0–5% 应对问题", strength: "x" })).toEqual([
      "off-grid",
    ]);
    expect(codes("2.2", { score: 7, maturity: "10–25% 应对问题", strength: "x" })).toEqual([
      "band-mismatch",
      "off-grid",
    ]);
    expect(
      entryWarnings(std, sub("2.1"), { score: 66, maturity: label(35), strength: "x" })
    ).toEqual([
      {
        subItem: "2.1",
        code: "band-mismatch",
        message:
          "2.1 技术研发先进性：得分 66 分（55%）属于“第4档 50–65% 协调一致”档，所选成熟度为“第3档 30–45% 早期系统化”，请核对",
      },
    ]);
  });

  it("band-mismatch: a band named as sheets made before the ordinal name it is still that band", () => {
    // The earlier labels carried no ordinal; sheets filled then still read.
    expect(codes("2.1", { score: 66, maturity: "50–65% 协调一致", strength: "x" })).toEqual([]);
    expect(codes("2.1", { score: 90, maturity: "90–100% 整合", strength: "x" })).toEqual([
      "band-mismatch",
    ]);
    expect(codes("2.1", { score: 90, maturity: "70–85% 整合", strength: "x" })).toEqual([]);
  });

  it("no-band, no-comment and off-grid; nothing for a blank or an invalid score", () => {
    expect(codes("1.3", { score: 26 })).toEqual(["no-band", "no-comment", "off-grid"]);
    expect(codes("1.3", { score: 25, maturity: label(50), improvement: "y" })).toEqual([]);
    expect(codes("1.3", { maturity: label(50) })).toEqual([]);
    expect(codes("1.3", { score: 51 })).toEqual([]);
    expect(codes("1.3", { score: "25" })).toEqual([]);
    expect(
      sheetWarnings(std, 1, { "1.3": { score: 26 }, "6.1": { score: 40 } }).map((w) => [
        w.subItem,
        w.code,
      ])
    ).toEqual([
      ["1.3", "no-band"],
      ["1.3", "no-comment"],
      ["1.3", "off-grid"],
      ["6.1", "no-band"],
      ["6.1", "no-comment"],
    ]);
  });
});

describe("bands, percentages and points", () => {
  it("round-trip exactly for every sub-item and every 5 % step", () => {
    for (const s of allSubItems) {
      for (const band of std.bands) {
        for (const pct of stepsInBand(std, band)) {
          const score = scoreForPercent(s, pct);
          expect(score * 2).toBe(Math.round(score * 2)); // a multiple of 0.5, exactly
          expect(percentForScore(s, score)).toBe(pct);
          expect(bandForPercent(std, percentForScore(s, score))).toBe(band);
          expect(isOnStep(std, s, score)).toBe(true);
          expect(checkScore(std, s, score).status).toBe("ok");
        }
      }
    }
  });

  it("computes the guide's example 55 % × 120 = 66 and its inverse", () => {
    expect(scoreForPercent(sub("2.1"), 55)).toBe(66);
    expect(percentForScore(sub("2.1"), 66)).toBe(55);
  });

  it("puts a percentage between two bands in the lower one", () => {
    expect(bandForPercent(std, 7)).toBe(std.bands[0]);
    expect(bandForPercent(std, 66)).toBe(std.bands[3]);
    expect(bandForPercent(std, 100)).toBe(std.bands[5]);
  });

  it("lists 5 % steps inside each band", () => {
    expect(stepsInBand(std, std.bands[0])).toEqual([0, 5]);
    expect(stepsInBand(std, std.bands[3])).toEqual([50, 55, 60, 65]);
    expect(stepsInBand(std, std.bands[5])).toEqual([90, 95, 100]);
  });
});

describe("totals and the verdict", () => {
  it("has a pass line of 300 by default, and 299.5 / 300 / 300.5 fall on the right side of it", () => {
    for (const item of itemNumbers(std)) {
      const below = sheetFigures(std, item, scoresSummingTo(item, 299.5));
      const at = sheetFigures(std, item, scoresSummingTo(item, 300));
      const above = sheetFigures(std, item, scoresSummingTo(item, 300.5));
      expect([below.total, at.total, above.total]).toEqual([299.5, 300, 300.5]);
      expect([below.verdict, at.verdict, above.verdict]).toEqual(["未通过", "通过", "通过"]);
      expect(at.passLine).toBe(300);
      expect(at.percent).toBe(0.6);
    }
  });

  it("gives 未完成 while a sub-item is blank, and 有误 when one is invalid (before 未完成)", () => {
    const scores: Record<string, unknown> = scoresSummingTo(2, 450);
    scores["2.2"] = null;
    const incomplete = sheetFigures(std, 2, scores);
    expect(incomplete.verdict).toBe("未完成");
    expect(incomplete.scoredCount).toBe(5);
    expect(incomplete.requiredCount).toBe(6);
    expect(incomplete.blank.map((s) => s.code)).toEqual(["2.2"]);
    scores["6.1"] = 81;
    const invalid = sheetFigures(std, 2, scores);
    expect(invalid.verdict).toBe("有误");
    expect(invalid.errors.map((r) => r.subItem.code)).toEqual(["6.1"]);
  });

  it("keeps subtotals like the sheet's SUM: numbers count even when out of range, text does not", () => {
    const scores: Record<string, unknown> = {
      "4.1": 60,
      "4.2": "五十",
      "4.3": 90,
      "6.1": 40,
      "6.2": 30,
      "6.3": 30,
    };
    const s = sheetFigures(std, 4, scores);
    expect([s.itemSubtotal, s.valueSubtotal, s.total]).toEqual([150, 100, 250]);
    expect(s.verdict).toBe("有误");
    expect(s.errors.map((r) => r.check.status === "error" && r.check.issue)).toEqual([
      "notNumber",
      "overMax",
    ]);
  });

  it("does not let floating point turn 300 into 299.99999", () => {
    // 0.1 + 0.2 !== 0.3 in binary floating point; the exact sum keeps decimals whole.
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(exactSum([0.1, 0.2])).toBe(0.3);
    const scores = TENTHS_MAKING_300;
    const naive = [58.1, 38.6, 20.4, 16.1, 65.6, 58.9, 0.4, 32.5, 9.4].reduce((a, b) => a + b, 0);
    expect(naive).toBeLessThan(300);
    expect(exactSum(Object.values(scores))).toBe(300);
    const s = sheetFigures(std, 1, scores);
    expect(s.total).toBe(300);
    expect(s.verdict).toBe("通过");
  });

  it("uses a configurable pass ratio", () => {
    const scores = scoresSummingTo(3, 325);
    expect(sheetFigures(std, 3, scores).verdict).toBe("通过");
    expect(sheetFigures(std, 3, scores, { passRatio: 0.7 }).verdict).toBe("未通过");
    expect(sheetFigures(std, 3, scores, { passRatio: 0.65 }).verdict).toBe("通过");
  });

  it("scores only the chosen item and 创新价值", () => {
    const s = sheetFigures(std, 5, {
      "1.1": 50,
      "5.1": 120,
      "5.2": 100,
      "5.3": 80,
      "6.1": 80,
      "6.2": 60,
      "6.3": 60,
    });
    expect(s.requiredCount).toBe(6);
    expect(s.total).toBe(500);
    expect(s.percent).toBe(1);
    expect(() => sheetFigures(std, 6, {})).toThrow(RangeError);
  });
});
