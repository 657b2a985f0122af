/**
 * Exact arithmetic (exact-sum.ts) where floating point would go wrong: halves of a hundredth,
 * negative values (rounded away from zero, as ROUND does), zero, and the 4-decimal percentage.
 */
import { describe, expect, it } from "@jest/globals";
import {
  exactSum,
  microToHundredths,
  ratio4,
  sumToHundredths,
  toHundredths,
  toMicro,
} from "../../src/standard";

describe("rounding to hundredths like ROUND(x, 2)", () => {
  it("rounds halves up and the rest to the nearest, from millionths", () => {
    expect(toMicro(12.345678)).toBe(12345678);
    expect(microToHundredths(12345000)).toBe(1235);
    expect(microToHundredths(12344999)).toBe(1234);
    expect(microToHundredths(12340000)).toBe(1234);
    expect(toHundredths(1.005)).toBe(1.01); // 1.005 is 1.00499999… as a double
    expect(toHundredths(2.675)).toBe(2.68);
  });

  it("rounds a negative value away from zero, and zero stays a plain 0", () => {
    expect(microToHundredths(-12345000)).toBe(-1235);
    expect(microToHundredths(-12344999)).toBe(-1234);
    expect(toHundredths(-0.125)).toBe(-0.13);
    expect(microToHundredths(0)).toBe(0);
    expect(Object.is(microToHundredths(0), 0)).toBe(true);
    expect(Object.is(sumToHundredths([]), 0)).toBe(true);
  });

  it("adds decimals exactly: 0.1 + 0.2 is 0.30 and 100.1 × 3 is 300.30", () => {
    expect(exactSum([0.1, 0.2])).toBe(0.3);
    expect(exactSum([100.1, 100.1, 100.1])).toBe(300.3);
    expect(sumToHundredths([55.5, 44.5, 0.001, 0.004])).toBe(10001);
  });
});

describe("a ratio to 4 decimals, like ROUND(n/d, 4)", () => {
  it("rounds an exact half up and keeps exact ratios exact", () => {
    expect(ratio4(30000, 50000)).toBe(0.6);
    expect(ratio4(1, 20000)).toBe(0.0001); // 0.00005 → 0.0001
    expect(ratio4(29999, 50000)).toBe(0.6); // 0.59998 → 0.6
    expect(ratio4(29997, 50000)).toBe(0.5999); // 0.59994 → 0.5999
    expect(ratio4(0, 50000)).toBe(0);
  });

  it("rounds a negative half away from zero", () => {
    expect(ratio4(-1, 20000)).toBe(-0.0001);
    expect(ratio4(-29997, 50000)).toBe(-0.5999);
  });
});
