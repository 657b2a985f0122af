/**
 * The smaller rules of src/standard at their edges: a percentage at a band's lower limit (and a
 * rounding error below it), the points of a band and of a step, the trim mode's threshold, the
 * pass line under another ratio, each kind of invalid score with its message, and the figures of
 * a sheet with blanks and errors in both parts.
 */
import { describe, expect, it } from "@jest/globals";
import {
  bandForPercent,
  bandIndexForPercent,
  bandLabel,
  bandPoints,
  checkScore,
  defaultStandard as std,
  entryWarnings,
  expectedBandLabel,
  isOnStep,
  partsForItem,
  passLine,
  passLineHundredths,
  passRatioOf,
  pointsPerStep,
  sheetFigures,
  subItemsForItem,
  trimThreshold,
} from "../../src/standard";
import { t } from "../../src/strings";

const sub = (code: string) => std.parts.flatMap((p) => p.subItems).find((s) => s.code === code)!;

describe("band edges", () => {
  it("a band's lower limit belongs to it; a hundredth below belongs to the band below", () => {
    expect(bandIndexForPercent(std, 50)).toBe(3);
    expect(bandIndexForPercent(std, 49.99)).toBe(2);
    expect(bandIndexForPercent(std, 10)).toBe(1);
    expect(bandIndexForPercent(std, 9.99)).toBe(0);
    expect(bandIndexForPercent(std, 0)).toBe(0);
    expect(bandIndexForPercent(std, 90)).toBe(5);
  });

  it("a percentage a rounding error below a limit is at the limit", () => {
    expect(bandForPercent(std, 50 - 1e-10)).toBe(std.bands[3]);
    expect(bandForPercent(std, 70 - 1e-12)).toBe(std.bands[4]);
  });

  it("the points of a band and of one step for a sub-item", () => {
    expect(bandPoints(sub("2.1"), std.bands[3])).toEqual({ low: 60, high: 78 });
    expect(bandPoints(sub("1.5"), std.bands[5])).toEqual({ low: 27, high: 30 });
    expect(pointsPerStep(std, sub("1.1"))).toBe(2.5);
    expect(pointsPerStep(std, sub("2.1"))).toBe(6);
  });

  it("a score is on the grid at whole steps only", () => {
    expect(isOnStep(std, sub("1.1"), 27.5)).toBe(true);
    expect(isOnStep(std, sub("1.1"), 27.4)).toBe(false);
    expect(isOnStep(std, sub("1.1"), 26.25)).toBe(false); // half a step
  });

  it("names a band by its step, or by the step's id when the standard lacks it", () => {
    expect(bandLabel(std, std.bands[2])).toBe(
      t("sheet.bandLabel", { n: 3, min: 30, max: 45, step: "早期系统化" })
    );
    expect(bandLabel({ ...std, maturitySteps: [] }, std.bands[2])).toBe(
      t("sheet.bandLabel", { n: 3, min: 30, max: 45, step: "early" })
    );
    expect(expectedBandLabel(std, sub("2.1"), 66)).toBe(bandLabel(std, std.bands[3]));
  });
});

describe("trim modes and the pass line", () => {
  it("the trimmed mean's threshold: 5 under auto, 3 under always, none under never", () => {
    expect([trimThreshold("auto"), trimThreshold("always"), trimThreshold("never")]).toEqual([
      5,
      3,
      null,
    ]);
  });

  it("the standard's ratio unless another is asked for", () => {
    expect(passRatioOf(std)).toBe(0.6);
    expect(passRatioOf(std, 0.65)).toBe(0.65);
    expect(passLine(std, 0.65)).toBe(325);
    expect(passLineHundredths(std, 0.555)).toBe(27750);
  });
});

describe("invalid scores", () => {
  const params = (code: string, value: unknown) => ({
    code,
    title: sub(code).title,
    max: sub(code).max,
    value: String(value),
  });

  it("each kind with its message and the value typed", () => {
    expect(checkScore(std, sub("3.3"), -2.5)).toEqual({
      status: "error",
      issue: "negative",
      value: -2.5,
      message: t("score.negative", params("3.3", -2.5)),
    });
    expect(checkScore(std, sub("3.3"), 60.5)).toEqual({
      status: "error",
      issue: "overMax",
      value: 60.5,
      message: t("score.overMax", params("3.3", 60.5)),
    });
    expect(checkScore(std, sub("3.3"), Infinity)).toEqual({
      status: "error",
      issue: "notNumber",
      message: t("score.notNumber", params("3.3", Infinity)),
    });
    expect(checkScore(std, sub("3.3"), true)).toMatchObject({ issue: "notNumber" });
    expect(checkScore(std, sub("3.3"), 0)).toEqual({ status: "ok", value: 0 });
    expect(checkScore(std, sub("3.3"), 60)).toEqual({ status: "ok", value: 60 });
  });
});

describe("the parts of an application", () => {
  it("its item, then 创新价值; an item the standard lacks is an error", () => {
    expect(partsForItem(std, 3).map((p) => p.number)).toEqual([3, 6]);
    expect(subItemsForItem(std, 2).map((s) => s.code)).toEqual([
      "2.1",
      "2.2",
      "2.3",
      "6.1",
      "6.2",
      "6.3",
    ]);
    expect(() => partsForItem(std, 6)).toThrow(RangeError);
    expect(() => partsForItem(std, 7)).toThrow("no innovation item 7");
  });
});

describe("a sheet's figures with blanks and errors", () => {
  it("counts what is scored, lists blanks and errors, and gives the percentage to 4 decimals", () => {
    const f = sheetFigures(std, 3, {
      "3.1": 68,
      "3.2": "七十",
      "3.3": 45,
      "3.4": null,
      "6.1": 56,
      "6.2": 66,
      "6.3": 42.5,
    });
    expect(f.scoredCount).toBe(6);
    expect(f.requiredCount).toBe(7);
    expect(f.blank.map((s) => s.code)).toEqual(["3.4"]);
    expect(f.errors.map((e) => [e.subItem.code, e.check.status])).toEqual([
      ["3.2", "error"],
      ["6.2", "error"],
    ]);
    // Text does not count; 66 is over 6.2's maximum 60 but counts, as SUM does.
    expect([f.itemSubtotal, f.valueSubtotal, f.total]).toEqual([113, 164.5, 277.5]);
    expect(f.percent).toBe(0.555);
    expect(f.verdict).toBe("有误");
    expect(f.passLine).toBe(300);
    expect(f.parts.map((p) => [p.part.number, p.subtotal])).toEqual([
      [3, 113],
      [6, 164.5],
    ]);
  });

  it("a complete sheet of 299.50 fails the 60 % line and passes exactly at a 59.9 % line (299.50)", () => {
    const scores = {
      "4.1": 96,
      "4.2": 75.5,
      "4.3": 56,
      "6.1": 32,
      "6.2": 24,
      "6.3": 16,
    };
    expect(sheetFigures(std, 4, scores).verdict).toBe("未通过");
    expect(sheetFigures(std, 4, scores, { passRatio: 0.599 }).verdict).toBe("通过");
    expect(sheetFigures(std, 4, scores).percent).toBe(0.599);
  });
});

describe("warning messages", () => {
  it("say the score, its percentage to 2 decimals, the band expected and the step", () => {
    const w = entryWarnings(std, sub("1.2"), { score: 41, maturity: "70–85% 整合" });
    // 41 of 70 = 58.571…% → 58.57 %, in 50–65 % 协调一致; one step is 3.5 points.
    expect(w.map((x) => [x.code, x.message])).toEqual([
      [
        "band-mismatch",
        t("warning.band-mismatch", {
          code: "1.2",
          title: sub("1.2").title,
          score: 41,
          max: 70,
          percent: 58.57,
          expected: bandLabel(std, std.bands[3]),
          chosen: "70–85% 整合",
          step: 3.5,
          stepPercent: 5,
        }),
      ],
      ["no-comment", expect.any(String)],
      [
        "off-grid",
        t("warning.off-grid", {
          code: "1.2",
          title: sub("1.2").title,
          score: 41,
          max: 70,
          percent: 58.57,
          expected: bandLabel(std, std.bands[3]),
          chosen: "70–85% 整合",
          step: 3.5,
          stepPercent: 5,
        }),
      ],
    ]);
  });

  it("a score above the maximum or not finite draws none (it is an error already)", () => {
    expect(entryWarnings(std, sub("1.2"), { score: 70.5 })).toEqual([]);
    expect(entryWarnings(std, sub("1.2"), { score: -1 })).toEqual([]);
    expect(entryWarnings(std, sub("1.2"), { score: NaN })).toEqual([]);
    expect(entryWarnings(std, sub("1.2"), { score: "35" })).toEqual([]);
    expect(entryWarnings(std, sub("1.2"), { score: 70 }).map((w) => w.code)).toEqual([
      "no-band",
      "no-comment",
    ]);
    expect(
      entryWarnings(std, sub("1.2"), { score: 0, strength: "有方法" }).map((w) => w.code)
    ).toEqual(["no-band"]);
    expect(
      entryWarnings(std, sub("1.2"), { score: 35, maturity: "50–65% 协调一致", improvement: "x" })
    ).toEqual([]);
  });
});
