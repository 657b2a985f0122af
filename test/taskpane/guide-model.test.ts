import { describe, expect, it } from "@jest/globals";
import { defaultStandard as std } from "../../src/standard";
import {
  bandLabel,
  choiceForScore,
  moveBand,
  moveStep,
  pointsOf,
} from "../../src/taskpane/guide-model";

const sub = (code: string) => std.parts.flatMap((p) => p.subItems).find((s) => s.code === code)!;

describe("the guide's arithmetic", () => {
  it("reproduces a score from the sheet as a band and a step, for every sub-item and step", () => {
    for (const s of std.parts.flatMap((p) => p.subItems)) {
      for (let percent = 0; percent <= 100; percent += 5) {
        const choice = choiceForScore(std, s, (s.max * percent) / 100)!;
        expect(choice.percent).toBe(percent);
        expect(pointsOf(s, choice)).toBe((s.max * percent) / 100);
        expect(std.bands[choice.band].min).toBeLessThanOrEqual(percent);
        expect(std.bands[choice.band].max).toBeGreaterThanOrEqual(percent);
      }
    }
  });

  it("has no choice for a blank, invalid or off-grid score", () => {
    for (const v of [null, "六十", -5, 121, 33.3])
      expect(choiceForScore(std, sub("2.1"), v)).toBeNull();
  });

  it("moves across bands keeping the position inside the band, and clamps at the ends", () => {
    expect(moveBand(std, null, 1)).toEqual({ band: 0, percent: 0 });
    expect(moveBand(std, { band: 3, percent: 60 }, 1)).toEqual({ band: 4, percent: 80 });
    expect(moveBand(std, { band: 4, percent: 85 }, 1)).toEqual({ band: 5, percent: 100 });
    expect(moveBand(std, { band: 1, percent: 25 }, -1)).toEqual({ band: 0, percent: 5 });
    expect(moveBand(std, { band: 0, percent: 0 }, -1)).toEqual({ band: 0, percent: 0 });
  });

  it("moves steps inside a band only", () => {
    expect(moveStep(std, { band: 3, percent: 50 }, 1)).toEqual({ band: 3, percent: 55 });
    expect(moveStep(std, { band: 3, percent: 65 }, 1)).toEqual({ band: 3, percent: 65 });
    expect(moveStep(std, { band: 3, percent: 50 }, -1)).toEqual({ band: 3, percent: 50 });
  });

  it("labels bands with their maturity step", () => {
    expect(bandLabel(std, 3)).toBe("第4档 50–65% 协调一致");
    expect(pointsOf(sub("1.3"), { band: 3, percent: 55 })).toBe(27.5);
  });
});
