/**
 * Exact arithmetic for scores.
 *
 * Scores are entered in steps of 0.5 at most (a 5 % step of every maximum in the table is a
 * multiple of 0.5), but a judge typing into a cell may enter any decimal. Binary floating
 * point cannot hold most decimals exactly, so a plain `a + b + c` can turn 300 into
 * 299.99999999999994 and flip a verdict.
 *
 * The rule, shared with the sheet's formulas:
 * - each score is converted to an integer number of millionths of a point and the integers
 *   are added (exact for any score with up to 6 decimals, far beyond what a judge types);
 * - a total is then rounded half-up to hundredths — the sheet does the same with
 *   `ROUND(SUM(…),2)`;
 * - comparisons (the pass line) are made between integer hundredths, never between floats.
 */

const MICRO = 1_000_000;
const MICRO_PER_HUNDREDTH = 10_000;

/** A score as an integer count of millionths of a point. */
export function toMicro(value: number): number {
  return Math.round(value * MICRO);
}

/** Integer hundredths, rounded half away from zero like the sheet's ROUND(x, 2). */
export function microToHundredths(micro: number): number {
  const sign = micro < 0 ? -1 : 1;
  const abs = Math.abs(micro);
  const whole = Math.floor(abs / MICRO_PER_HUNDREDTH);
  const rest = abs - whole * MICRO_PER_HUNDREDTH;
  return sign * (rest * 2 >= MICRO_PER_HUNDREDTH ? whole + 1 : whole);
}

export function hundredthsToNumber(hundredths: number): number {
  return hundredths / 100;
}

/** Σ values, exact, rounded to hundredths; returned in integer hundredths. */
export function sumToHundredths(values: readonly number[]): number {
  let micro = 0;
  for (const v of values) micro += toMicro(v);
  return microToHundredths(micro);
}

/** Σ values, exact, rounded to hundredths (the same figure as the sheet's ROUND(SUM(…),2)). */
export function exactSum(values: readonly number[]): number {
  return hundredthsToNumber(sumToHundredths(values));
}

/** x rounded half away from zero to hundredths, like ROUND(x, 2). */
export function toHundredths(value: number): number {
  return hundredthsToNumber(microToHundredths(toMicro(value)));
}

/** numerator / denominator as a ratio rounded half up to 4 decimals, like ROUND(n/d, 4); both in hundredths. */
export function ratio4(numeratorHundredths: number, denominatorHundredths: number): number {
  const scaled = (numeratorHundredths * 10_000) / denominatorHundredths;
  const sign = scaled < 0 ? -1 : 1;
  // scaled is a quotient of integers; nudge by a relative epsilon so exact halves round up.
  return (sign * Math.floor(Math.abs(scaled) + 0.5 + 1e-9)) / 10_000;
}
