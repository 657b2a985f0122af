/**
 * The pass line and the verdicts, each rule once, with the spreadsheet formula that implements it
 * built beside it. The verdict words are values of the workbook format (they stand in the sheets'
 * verdict cells and in the JSON), so they are constants here, not translations.
 */
import { sumToHundredths, hundredthsToNumber } from "./exact-sum";
import type { Standard } from "./types";

/** A judge's sheet: 有误 before 未完成, then 通过 / 未通过 by the pass line. */
export const SHEET_VERDICT = {
  pass: "通过",
  fail: "未通过",
  incomplete: "未完成",
  invalid: "有误",
} as const;
export type Verdict = (typeof SHEET_VERDICT)[keyof typeof SHEET_VERDICT];

/** An application across judges: 通过 / 未通过 by its final score, or no countable sheet. */
export const APPLICATION_VERDICT = {
  pass: SHEET_VERDICT.pass,
  fail: SHEET_VERDICT.fail,
  noScores: "无有效评分",
} as const;
export type AppVerdict = (typeof APPLICATION_VERDICT)[keyof typeof APPLICATION_VERDICT];

/** The pass ratio in force: the one asked for, else the standard's (the award suggests 60 %). */
export function passRatioOf(standard: Standard, asked?: number): number {
  return asked ?? standard.passRatio;
}

/** The pass line in hundredths of a point (fullMarks × ratio, exact). */
export function passLineHundredths(standard: Standard, passRatio?: number): number {
  return sumToHundredths([standard.fullMarks * passRatioOf(standard, passRatio)]);
}

/** The pass line in points: 300 for 500 × 0.6. */
export function passLine(standard: Standard, passRatio?: number): number {
  return hundredthsToNumber(passLineHundredths(standard, passRatio));
}

/** Reaching the pass line passes (total ≥ pass line), compared on exact hundredths. */
export function reachesPassLine(totalHundredths: number, passHundredths: number): boolean {
  return totalHundredths >= passHundredths;
}

/** The verdict of one judge's sheet. */
export function sheetVerdict(
  counts: { invalid: number; blank: number },
  totalHundredths: number,
  passHundredths: number
): Verdict {
  if (counts.invalid > 0) return SHEET_VERDICT.invalid;
  if (counts.blank > 0) return SHEET_VERDICT.incomplete;
  return reachesPassLine(totalHundredths, passHundredths) ? SHEET_VERDICT.pass : SHEET_VERDICT.fail;
}

/** The same rule as a formula: each argument is an expression of the sheet (a count, a cell). */
export function sheetVerdictFormula(refs: {
  invalidCount: string;
  blankCount: string;
  total: string;
  passLine: string;
}): string {
  const v = SHEET_VERDICT;
  return (
    `=IF(${refs.invalidCount}>0,"${v.invalid}",IF(${refs.blankCount}>0,"${v.incomplete}",` +
    `IF(${refs.total}>=${refs.passLine},"${v.pass}","${v.fail}")))`
  );
}

/** The verdict of an application from its final score (null: no sheet counted). */
export function applicationVerdict(
  finalHundredths: number | null,
  passHundredths: number
): AppVerdict {
  if (finalHundredths === null) return APPLICATION_VERDICT.noScores;
  return reachesPassLine(finalHundredths, passHundredths)
    ? APPLICATION_VERDICT.pass
    : APPLICATION_VERDICT.fail;
}

/** The same rule as a formula over the final-score cell and the pass-line cell. */
export function applicationVerdictFormula(final: string, passLineCell: string): string {
  const v = APPLICATION_VERDICT;
  return `=IF(ISNUMBER(${final}),IF(${final}>=${passLineCell},"${v.pass}","${v.fail}"),"${v.noScores}")`;
}
