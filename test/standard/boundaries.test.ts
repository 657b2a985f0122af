/**
 * The rules at their boundaries, each at the boundary and one step on either side: the trimmed
 * mean's thresholds under every trim mode (5 judges for auto, 3 for always, none for never), a
 * total that rounds at the third decimal against the pass line, a range (极差) of exactly the
 * 分歧 threshold, and the cut of the 拟获奖 list. Judges' totals are in hundredths of a point, as
 * the rules take them; each expected figure is worked out by hand in the comment beside it.
 */
import { describe, expect, it } from "@jest/globals";
import {
  applicationVerdict,
  decisionOf,
  defaultStandard as std,
  disagreementFormula,
  finalScoreFormula,
  finalScoreHundredths,
  isDisagreement,
  passLineHundredths,
  sheetFigures,
  sheetVerdict,
  sumToHundredths,
  type TrimMode,
} from "../../src/standard";

const PASS = passLineHundredths(std); // 500 × 0.6 = 300.00

/** [mean, trimmed, final, trimmed used] of judges' totals under a mode. */
const figures = (trim: TrimMode, totals: number[]) => {
  const f = finalScoreHundredths(trim, totals);
  return [f.mean, f.trimmed, f.final, f.trimmedUsed];
};

describe("the trimmed mean's threshold under --trim auto (5 judges)", () => {
  // One lenient judge (360) and one strict one (290) among five close to the pass line.
  const five = [36000, 29500, 29800, 30200, 29000];

  it("4 judges: the mean counts, though the trimmed mean would fail", () => {
    // Σ 1238.00 / 4 = 309.50; without 352.50 and 288.00: (296 + 301.5) / 2 = 298.75.
    const four = [35250, 29600, 30150, 28800];
    expect(figures("auto", four)).toEqual([30950, 29875, 30950, false]);
    expect(applicationVerdict(finalScoreHundredths("auto", four).final, PASS)).toBe("通过");
  });

  it("exactly 5 judges: the trimmed mean counts, and the verdict follows it", () => {
    // Σ 1545.00 / 5 = 309.00; without 360 and 290: 895 / 3 = 298.333… → 298.33.
    expect(figures("auto", five)).toEqual([30900, 29833, 29833, true]);
    expect(applicationVerdict(finalScoreHundredths("auto", five).final, PASS)).toBe("未通过");
  });

  it("6 judges: the trimmed mean counts", () => {
    // Σ 1827.00 / 6 = 304.50; without 341 and 276.5: 1209.5 / 4 = 302.375 → 302.38 (half up).
    const six = [34100, 28750, 30500, 29900, 27650, 31800];
    expect(figures("auto", six)).toEqual([30450, 30238, 30238, true]);
  });

  it("the sheet's formula has the same threshold", () => {
    const refs = { count: "F4", mean: "G4", trimmed: "H4" };
    expect(finalScoreFormula("auto", refs)).toBe('=IF(F4=0,"",IF(F4>=5,H4,G4))');
  });
});

describe("--trim always (3 judges)", () => {
  it("2 judges: no trimmed mean, the mean counts", () => {
    // (318.5 + 284) / 2 = 301.25.
    expect(figures("always", [31850, 28400])).toEqual([30125, null, 30125, false]);
  });

  it("exactly 3 judges: the trimmed mean (the middle judge) counts, and fails", () => {
    // Σ 911 / 3 = 303.666… → 303.67; without 330 and 284: 297.00.
    const three = [33000, 28400, 29700];
    expect(figures("always", three)).toEqual([30367, 29700, 29700, true]);
    expect(applicationVerdict(finalScoreHundredths("always", three).final, PASS)).toBe("未通过");
    // Under auto the same three judges give the mean, which passes.
    expect(figures("auto", three)).toEqual([30367, 29700, 30367, false]);
  });

  it("4 judges: the trimmed mean counts", () => {
    // Σ 1216.5 / 4 = 304.125 → 304.13; without 330 and 284: (297 + 305.5) / 2 = 301.25.
    expect(figures("always", [33000, 28400, 29700, 30550])).toEqual([30413, 30125, 30125, true]);
  });

  it("the sheet's formula has the same threshold", () => {
    const refs = { count: "F4", mean: "G4", trimmed: "H4" };
    expect(finalScoreFormula("always", refs)).toBe('=IF(F4=0,"",IF(F4>=3,H4,G4))');
  });
});

describe("--trim never", () => {
  it("the mean counts at 3, 5 and 6 judges; the trimmed mean is still shown", () => {
    expect(figures("never", [33000, 28400, 29700])).toEqual([30367, 29700, 30367, false]);
    expect(figures("never", [36000, 29500, 29800, 30200, 29000])).toEqual([
      30900,
      29833,
      30900,
      false,
    ]);
    expect(figures("never", [34100, 28750, 30500, 29900, 27650, 31800])).toEqual([
      30450,
      30238,
      30450,
      false,
    ]);
    // 5 judges whose trimmed mean fails pass on their mean.
    const five = finalScoreHundredths("never", [36000, 29500, 29800, 30200, 29000]);
    expect(applicationVerdict(five.final, PASS)).toBe("通过");
  });

  it("the sheet's formula never looks at the trimmed mean", () => {
    const refs = { count: "F4", mean: "G4", trimmed: "H4" };
    expect(finalScoreFormula("never", refs)).toBe('=IF(F4=0,"",G4)');
  });
});

describe("a total that rounds at the third decimal, against the pass line 300", () => {
  it("rounds 299.995 half up to 300.00; 299.994 stays 299.99", () => {
    expect(PASS).toBe(30000);
    expect(sumToHundredths([299.994])).toBe(29999);
    expect(sumToHundredths([299.995])).toBe(30000);
    expect(sumToHundredths([299.996])).toBe(30000);
  });

  /** A judge of item 2 who typed three decimals into 2.2; the 创新价值 part makes 80.00. */
  const sheet = (score22: number) =>
    sheetFigures(std, 2, {
      "2.1": 90.125,
      "2.2": score22,
      "2.3": 59,
      "6.1": 36,
      "6.2": 24.5,
      "6.3": 19.5,
    });

  it("a sheet whose item part adds up to 219.995 (total 299.995) passes at 300.00", () => {
    const below = sheet(70.869); // 219.994 → 219.99, total 299.99
    const at = sheet(70.87); // 219.995 → 220.00, total 300.00
    const above = sheet(70.871); // 219.996 → 220.00, total 300.00
    expect([below.itemSubtotal, at.itemSubtotal, above.itemSubtotal]).toEqual([219.99, 220, 220]);
    expect([below.total, at.total, above.total]).toEqual([299.99, 300, 300]);
    expect([below.verdict, at.verdict, above.verdict]).toEqual(["未通过", "通过", "通过"]);
  });

  it("the same in the 创新价值 part: 79.995 rounds to 80.00", () => {
    const value = (score62: number) =>
      sheetFigures(std, 2, {
        "2.1": 96,
        "2.2": 75.5,
        "2.3": 48.5,
        "6.1": 35.5,
        "6.2": score62,
        "6.3": 20,
      });
    const [below, at, above] = [24.494, 24.495, 24.496].map(value);
    expect([below.valueSubtotal, at.valueSubtotal, above.valueSubtotal]).toEqual([79.99, 80, 80]);
    expect([below.verdict, at.verdict, above.verdict]).toEqual(["未通过", "通过", "通过"]);
  });

  it("a mean of 299.995 across judges passes at 300.00; one hundredth less fails", () => {
    // (310.50 + 289.48) / 2 = 299.99; (310.50 + 289.49) / 2 = 299.995 → 300.00; 289.50: 300.00.
    const finals = [28948, 28949, 28950].map(
      (other) => finalScoreHundredths("auto", [31050, other]).final
    );
    expect(finals).toEqual([29999, 30000, 30000]);
    expect(finals.map((f) => applicationVerdict(f, PASS))).toEqual(["未通过", "通过", "通过"]);
  });

  it("a sheet's verdict at 299.99, 300.00 and 300.01", () => {
    const none = { invalid: 0, blank: 0 };
    expect([29999, 30000, 30001].map((t) => sheetVerdict(none, t, PASS))).toEqual([
      "未通过",
      "通过",
      "通过",
    ]);
  });
});

describe("a range (极差) of exactly the 分歧 threshold", () => {
  // 2.1 has a maximum of 120: the threshold is 20 % of it, 24.00 points.
  it("is no 分歧 at 24.00; 24.01 is, 23.99 is not", () => {
    expect(isDisagreement([6600, 7800, 9000], 120, 0.2)).toBe(false);
    expect(isDisagreement([6600, 7800, 9001], 120, 0.2)).toBe(true);
    expect(isDisagreement([6601, 7800, 9000], 120, 0.2)).toBe(false);
  });

  it("in half points: 23.5 and 24 are not, 24.5 is", () => {
    expect(isDisagreement([7050, 8400, 9400], 120, 0.2)).toBe(false); // 23.5
    expect(isDisagreement([7000, 8400, 9400], 120, 0.2)).toBe(false); // 24.0
    expect(isDisagreement([6950, 8400, 9400], 120, 0.2)).toBe(true); // 24.5
  });

  it("with another ratio: 15 % of 50 is 7.50", () => {
    expect(isDisagreement([3500, 4249, 4250], 50, 0.15)).toBe(false); // 7.50
    expect(isDisagreement([3499, 4100, 4250], 50, 0.15)).toBe(true); // 7.51
    expect(isDisagreement([3501, 3900, 4250], 50, 0.15)).toBe(false); // 7.49
  });

  it("the sheet's formula compares the same way (more than the threshold)", () => {
    expect(disagreementFormula("C5:G5", { range: "H5", max: "B5" }, 0.2, "分歧")).toBe(
      '=IF(COUNT(C5:G5)>=2,IF(H5>ROUND(B5*0.2,2),"分歧",""),"")'
    );
  });
});

describe("the cut of the 拟获奖 list (N per item)", () => {
  const c = (finalHundredths: number, item = 2) => ({
    item,
    finalHundredths,
    verdict: finalHundredths >= PASS ? ("通过" as const) : ("未通过" as const),
  });
  // Item 2: 412.50, 398.00, 376.50 and 376.50 tied, 341.00; 298.50 fails; item 3 elsewhere.
  const all = [c(41250), c(39800), c(37650), c(37650), c(34100), c(29850), c(39000, 3)];
  const decide = (n: number) => all.map((x) => decisionOf(x, all, n));

  it("N = 4: the tie fits exactly (better + equal = N), both proposed", () => {
    expect(decide(4)).toEqual([
      "proposed",
      "proposed",
      "proposed",
      "proposed",
      "not-proposed",
      "not-proposed",
      "proposed",
    ]);
  });

  it("N = 3: one place for two tied: both 并列待定", () => {
    expect(decide(3).slice(0, 5)).toEqual([
      "proposed",
      "proposed",
      "tie-at-cut",
      "tie-at-cut",
      "not-proposed",
    ]);
  });

  it("N = 2: the list is full above the tie (better = N): neither proposed nor left open", () => {
    expect(decide(2).slice(0, 5)).toEqual([
      "proposed",
      "proposed",
      "not-proposed",
      "not-proposed",
      "not-proposed",
    ]);
  });

  it("N = 5: every passing one of the item, never the failing one", () => {
    expect(decide(5).slice(0, 6)).toEqual([
      "proposed",
      "proposed",
      "proposed",
      "proposed",
      "proposed",
      "not-proposed",
    ]);
  });
});
