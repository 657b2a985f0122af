/**
 * Spread and 分歧: a sub-item's range across judges (highest − lowest) and whether it exceeds a
 * fraction of the sub-item's maximum. One rule, with the formulas beside it.
 */
import { sumToHundredths } from "./exact-sum";

/** A sub-item is a 分歧 when its range exceeds 20 % of its maximum, unless asked otherwise. */
export const DEFAULT_SPREAD_RATIO = 0.2;
/** A range needs two judges. */
export const SPREAD_MIN_JUDGES = 2;

/** max − min of values in hundredths; null without values. */
export function rangeHundredths(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  // A loop, not Math.max(...values): a spread of many values overflows the stack.
  let high = -Infinity;
  let low = Infinity;
  for (const v of values) {
    high = Math.max(high, v);
    low = Math.min(low, v);
  }
  return high - low;
}

export function isDisagreement(
  values: readonly number[],
  max: number,
  spreadRatio: number
): boolean {
  const range = rangeHundredths(values);
  return (
    values.length >= SPREAD_MIN_JUDGES &&
    range !== null &&
    range > sumToHundredths([max * spreadRatio])
  );
}

/** The range of `cells` as a formula, blank below two values. */
export function rangeFormula(cells: string, count = `COUNT(${cells})`): string {
  return `=IF(${count}>=${SPREAD_MIN_JUDGES},ROUND(MAX(${cells})-MIN(${cells}),2),"")`;
}

/** The 分歧 mark as a formula over the range cell and the maximum's cell. */
export function disagreementFormula(
  cells: string,
  refs: { range: string; max: string },
  spreadRatio: number,
  mark: string
): string {
  return (
    `=IF(COUNT(${cells})>=${SPREAD_MIN_JUDGES},` +
    `IF(${refs.range}>ROUND(${refs.max}*${spreadRatio},2),"${mark}",""),"")`
  );
}
