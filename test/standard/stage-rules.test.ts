/**
 * The rules of a round in stages (src/standard/shortlist.ts, combined-score.ts): who goes on to
 * the next stage under each kind of rule, ties at the cut kept together, and the combined final
 * as Σ weight × stage final — checked against hand-worked figures.
 */
import { describe, expect, it } from "@jest/globals";
import {
  advanceOf,
  combinedFormula,
  combinedHundredths,
  weightsValid,
  weightUnits,
  type AdvanceRule,
  type Contender,
} from "../../src/standard";

const app = (item: number, final: number | null): Contender => ({
  item,
  finalHundredths: final === null ? null : Math.round(final * 100),
});

/** Item 1: 410, 402.5, 402.5, 380, no score; item 2: 300, 299.99. */
const FIELD = [
  app(1, 410),
  app(1, 402.5),
  app(1, 402.5),
  app(1, 380),
  app(1, null),
  app(2, 300),
  app(2, 299.99),
];
const outcomes = (rule: AdvanceRule) => FIELD.map((c) => advanceOf(c, FIELD, rule));

describe("who goes on to the next stage", () => {
  it("前 N 名/单项: the first N of each item; a tie at the cut is kept together for the committee", () => {
    expect(outcomes({ kind: "top", count: 2, perItem: true })).toEqual([
      "advance",
      "tie-at-cut",
      "tie-at-cut",
      "out",
      "out",
      "advance",
      "advance",
    ]);
    expect(outcomes({ kind: "top", count: 3, perItem: true })).toEqual([
      "advance",
      "advance",
      "advance",
      "out",
      "out",
      "advance",
      "advance",
    ]);
    expect(outcomes({ kind: "top", count: 1, perItem: true })).toEqual([
      "advance",
      "out",
      "out",
      "out",
      "out",
      "advance",
      "out",
    ]);
  });

  it("前 N 名 across the round compares every item's finals", () => {
    expect(outcomes({ kind: "top", count: 4, perItem: false })).toEqual([
      "advance",
      "advance",
      "advance",
      "advance",
      "out",
      "out",
      "out",
    ]);
    expect(outcomes({ kind: "top", count: 2, perItem: false })).toEqual([
      "advance",
      "tie-at-cut",
      "tie-at-cut",
      "out",
      "out",
      "out",
      "out",
    ]);
  });

  it("分数线: a final exactly on the line goes on, a hundredth below does not", () => {
    expect(outcomes({ kind: "line", points: 300 })).toEqual([
      "advance",
      "advance",
      "advance",
      "advance",
      "out",
      "advance",
      "out",
    ]);
  });

  it("全部: everyone with a final; an application without a final never goes on", () => {
    expect(outcomes({ kind: "all" })).toEqual([
      "advance",
      "advance",
      "advance",
      "advance",
      "out",
      "advance",
      "advance",
    ]);
  });
});

describe("the combined final", () => {
  it("is Σ weight × stage final, rounded half-up to hundredths, exact", () => {
    // 0.4 × 402.55 + 0.6 × 388.33 = 161.02 + 232.998 = 394.018 → 394.02
    expect(combinedHundredths([0.4, 0.6], [40255, 38833])).toBe(39402);
    // 0.35 × 300.01 + 0.65 × 299.99 = 105.0035 + 194.9935 = 299.997 → 300.00 (the pass line)
    expect(combinedHundredths([0.35, 0.65], [30001, 29999])).toBe(30000);
    // 0.3333 × 100.01 + 0.6667 × 0.01 = 33.333333 + 0.006667 = 33.34
    expect(combinedHundredths([0.3333, 0.6667], [10001, 1])).toBe(3334);
    // 0.5 × 0.01 + 0.5 × 0.00 = 0.005 → 0.01 (half-up)
    expect(combinedHundredths([0.5, 0.5], [1, 0])).toBe(1);
  });

  it("leaves a weight-0 stage out and needs a final in every weighted stage", () => {
    expect(combinedHundredths([0, 0.4, 0.6], [null, 40000, 30000])).toBe(34000);
    expect(combinedHundredths([0.4, 0.6], [40000, null])).toBeNull();
    expect(
      combinedFormula([
        { weight: 0, final: "B2" },
        { weight: 0.4, final: "C2" },
        { weight: "$H$1", final: "D2" },
      ])
    ).toBe(`=IF(COUNT(C2,D2)<2,"",ROUND(0.4*C2+$H$1*D2,2))`);
  });

  it("admits weights of at most 4 decimals, each 0–1, summing to exactly 1", () => {
    expect(weightUnits(0.4)).toBe(4000);
    expect(weightUnits(0.12345)).toBeNull();
    expect(weightsValid([0.4, 0.6])).toBe(true);
    expect(weightsValid([0, 0.3, 0.7])).toBe(true);
    expect(weightsValid([0.3333, 0.3333, 0.3334])).toBe(true);
    expect(weightsValid([0.3333, 0.3333, 0.3333])).toBe(false);
    expect(weightsValid([0.5, 0.6])).toBe(false);
    expect(weightsValid([1.2, -0.2])).toBe(false);
  });
});
