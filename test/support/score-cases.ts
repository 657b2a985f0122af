/** Score vectors for the verdict's edge cases, built from the standard (no hard-coded results). */
import { subItemsForItem, type Standard } from "../../src/standard";

export type Scores = Record<string, unknown>;

/** Full marks, then points taken away sub-item by sub-item until the total is `total`. */
export function scoresSummingTo(standard: Standard, item: number, total: number): Scores {
  const subs = subItemsForItem(standard, item);
  const scores: Record<string, number> = Object.fromEntries(subs.map((s) => [s.code, s.max]));
  let excess = standard.fullMarks - total;
  for (const s of subs) {
    const take = Math.min(excess, s.max);
    scores[s.code] = s.max - take;
    excess -= take;
  }
  return scores;
}

export function edgeCases(standard: Standard, item: number): Record<string, Scores> {
  const subs = subItemsForItem(standard, item);
  const full = scoresSummingTo(standard, item, standard.fullMarks);
  const pass = standard.fullMarks * standard.passRatio;
  const [first, second] = subs;
  return {
    full,
    zero: scoresSummingTo(standard, item, 0),
    atPassLine: scoresSummingTo(standard, item, pass),
    justBelow: scoresSummingTo(standard, item, pass - 0.5),
    justAbove: scoresSummingTo(standard, item, pass + 0.5),
    oneBlank: { ...full, [second.code]: null },
    overMax: { ...scoresSummingTo(standard, item, pass), [first.code]: first.max + 1 },
    text: { ...full, [first.code]: "四十" },
    numericText: { ...full, [first.code]: "45" },
    negative: { ...full, [second.code]: -2.5 },
    blankAndInvalid: { ...full, [first.code]: null, [second.code]: second.max + 0.5 },
    // 299.7 in all: one sub-item ends on x.7, off the 5 % grid (a warning, not an error).
    offStep: scoresSummingTo(standard, item, pass - 0.3),
  };
}

/** Nine tenths that add up to 300 exactly (item 1), but to 299.99999999999994 in naive floating point. */
export const TENTHS_MAKING_300: Record<string, number> = {
  "1.1": 38.6,
  "1.2": 58.1,
  "1.3": 20.4,
  "1.4": 16.1,
  "1.5": 0.4,
  "1.6": 32.5,
  "6.1": 65.6,
  "6.2": 58.9,
  "6.3": 9.4,
};

/**
 * A judge's scores for `item` adding up to `total` exactly (to the hundredth): every sub-item in
 * half points near the same share of its maximum, the last one taking the rest, then `lean`
 * points moved from the first sub-item to the second — two judges with the same total still
 * score the sub-items differently. Computed in integer hundredths; a score outside 0…max throws.
 */
export function scoresWithTotal(
  standard: Standard,
  item: number,
  total: number,
  lean = 0
): Record<string, number> {
  const subs = subItemsForItem(standard, item);
  const target = Math.round(total * 100);
  const h = subs.map((s) => Math.floor((s.max * target) / standard.fullMarks / 50) * 50);
  h[h.length - 1] += target - h.reduce((a, b) => a + b, 0);
  const moved = Math.round(lean * 100);
  h[0] -= moved;
  h[1] += moved;
  subs.forEach((s, i) => {
    if (h[i] < 0 || h[i] > s.max * 100)
      throw new RangeError(`${s.code} = ${h[i] / 100} for a total of ${total}`);
  });
  return Object.fromEntries(subs.map((s, i) => [s.code, h[i] / 100]));
}
