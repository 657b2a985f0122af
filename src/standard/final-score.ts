/**
 * An application's final score across judges: the mean, the trimmed mean ("去掉一个最高分和一个
 * 最低分") and which of the two counts under the trim mode. Each rule once, with its formula beside
 * it. Arithmetic is exact on integer hundredths of a point; a mean rounds half-up to 0.01 as
 * ROUND(AVERAGE(…),2) does.
 */

/** auto: trimmed mean when at least 5 judges count; always: whenever at least 3 count; never: the mean. */
export type TrimMode = "auto" | "always" | "never";
export const TRIM_MODES: readonly TrimMode[] = ["auto", "always", "never"];

/** A trimmed mean needs one judge left after dropping the highest and the lowest. */
export const TRIMMED_MEAN_MIN_JUDGES = 3;
/** Under "auto", the trimmed mean counts from this many judges on. */
export const AUTO_TRIM_MIN_JUDGES = 5;

/** How many judges the trimmed mean needs to count as final under a mode (null: never). */
export function trimThreshold(trim: TrimMode): number | null {
  if (trim === "never") return null;
  return trim === "always" ? TRIMMED_MEAN_MIN_JUDGES : AUTO_TRIM_MIN_JUDGES;
}

/** Σ/n in hundredths, rounded half-up (values are non-negative). */
export function meanHundredths(values: readonly number[]): number {
  const sum = values.reduce((a, b) => a + b, 0);
  return Math.floor((2 * sum + values.length) / (2 * values.length));
}

/** The mean without one highest and one lowest value; null below 3 values. */
export function trimmedMeanHundredths(values: readonly number[]): number | null {
  if (values.length < TRIMMED_MEAN_MIN_JUDGES) return null;
  return meanHundredths([...values].sort((a, b) => a - b).slice(1, -1));
}

export interface FinalScore {
  mean: number;
  trimmed: number | null;
  final: number;
  /** The final is the trimmed mean. */
  trimmedUsed: boolean;
}

/** Mean, trimmed mean and final of judges' totals (hundredths); at least one total. */
export function finalScoreHundredths(trim: TrimMode, totals: readonly number[]): FinalScore {
  const mean = meanHundredths(totals);
  const trimmed = trimmedMeanHundredths(totals);
  const threshold = trimThreshold(trim);
  const trimmedUsed = threshold !== null && trimmed !== null && totals.length >= threshold;
  return { mean, trimmed, final: trimmedUsed ? trimmed! : mean, trimmedUsed };
}

/** The mean as a formula: `count` counts the judges' totals in `judges`. */
export function meanFormula(count: string, judges: string): string {
  return `=IF(${count}>0,ROUND(AVERAGE(${judges}),2),"")`;
}

export function trimmedMeanFormula(count: string, judges: string): string {
  return (
    `=IF(${count}>=${TRIMMED_MEAN_MIN_JUDGES},` +
    `ROUND((SUM(${judges})-MAX(${judges})-MIN(${judges}))/(${count}-2),2),"")`
  );
}

export function finalScoreFormula(
  trim: TrimMode,
  refs: { count: string; mean: string; trimmed: string }
): string {
  const threshold = trimThreshold(trim);
  if (threshold === null) return `=IF(${refs.count}=0,"",${refs.mean})`;
  return `=IF(${refs.count}=0,"",IF(${refs.count}>=${threshold},${refs.trimmed},${refs.mean}))`;
}

/**
 * The final score with a consensus meeting: the consensus total where a complete 共识 sheet gave
 * one, else the independent final (src/consolidate/consensus.ts applies the same). As a formula:
 * `consensus` is the cell of the consensus total (blank without one), `independent` the
 * independent final's formula.
 */
export function finalWithConsensusFormula(consensus: string, independent: string): string {
  return `=IF(ISNUMBER(${consensus}),${consensus},${independent.replace(/^=/, "")})`;
}
