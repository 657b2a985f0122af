/**
 * The combined result of a round in stages (资料评审 0.4 + 现场评审 0.6): Σ weight × stage final,
 * rounded half-up to hundredths. A stage of weight 0 only gates and never counts. An application
 * without a final in every weighted stage (it did not go on, or a stage is not scored yet) has no
 * combined result: it is never ranked on part of its stages.
 *
 * Exact: a weight is held in ten-thousandths (the roster admits at most 4 decimals) and a final in
 * hundredths, so each product is an integer number of millionths of a point and the sum is exact;
 * then it rounds as ROUND(…, 2) does. The sheet computes the same with combinedFormula.
 */
import { microToHundredths } from "./exact-sum";

/** Ten-thousandths: the finest step a stage weight may take. */
export const WEIGHT_SCALE = 10_000;

/** A weight as an integer number of ten-thousandths, or null when it has more than 4 decimals. */
export function weightUnits(weight: number): number | null {
  const units = Math.round(weight * WEIGHT_SCALE);
  return Math.abs(units - weight * WEIGHT_SCALE) < 1e-6 ? units : null;
}

/** Whether the weights are each within 0–1 with at most 4 decimals, and sum to exactly 1. */
export function weightsValid(weights: readonly number[]): boolean {
  const units = weights.map(weightUnits);
  if (units.some((u) => u === null || u < 0 || u > WEIGHT_SCALE)) return false;
  return units.reduce<number>((a, u) => a + u!, 0) === WEIGHT_SCALE;
}

/**
 * The combined final in hundredths: `finals[i]` is the application's final (hundredths) in stage
 * i, or null; `weights[i]` that stage's weight. Null unless every weighted stage has a final.
 */
export function combinedHundredths(
  weights: readonly number[],
  finals: readonly (number | null)[]
): number | null {
  let micro = 0;
  for (let i = 0; i < weights.length; i++) {
    const units = weightUnits(weights[i]) ?? 0;
    if (units === 0) continue;
    const final = finals[i];
    if (final === null || final === undefined) return null;
    micro += units * final;
  }
  return microToHundredths(micro);
}

/**
 * The same as a formula over `stages`: each a weight (a cell or a number) and the cell of that
 * stage's final (blank when the application has none). Weight-0 stages are left out.
 */
export function combinedFormula(
  stages: readonly { weight: string | number; final: string }[]
): string {
  const counted = stages.filter((s) => s.weight !== 0);
  if (counted.length === 0) return `=""`;
  const finals = counted.map((s) => s.final);
  const products = counted.map((s) => `${s.weight}*${s.final}`).join("+");
  return `=IF(COUNT(${finals.join(",")})<${counted.length},"",ROUND(${products},2))`;
}
