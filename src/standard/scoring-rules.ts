/**
 * The scoring rules of one judge's sheet: one score's validity, subtotals, total, percentage,
 * completeness and the verdict (verdict.ts). The sheet's formulas implement the same rules (see
 * src/judge-sheets/scoring-sheet); a test holds the two equal through a real spreadsheet engine.
 */
import { t } from "../strings";
import { ratio4, sumToHundredths, hundredthsToNumber } from "./exact-sum";
import type { Part, Standard, SubItem } from "./types";
import { passLineHundredths, sheetVerdict, type Verdict } from "./verdict";

export type ScoreIssue = "notNumber" | "negative" | "overMax";

/** A score's validity. A valid score may still draw warnings (warnings.ts: off-grid and others). */
export type ScoreCheck =
  | { status: "blank" }
  | { status: "ok"; value: number }
  | { status: "error"; issue: ScoreIssue; message: string; value?: number };

/**
 * A cell is blank when it holds nothing (null, undefined or ""). A number is a score.
 * Anything else — text, even text that looks like a number, a boolean, an error — is not a
 * number: that is how the spreadsheet sees it too (SUM ignores text, ISNUMBER is false).
 */
export function isBlank(raw: unknown): boolean {
  return raw === null || raw === undefined || raw === "";
}

export function checkScore(standard: Standard, subItem: SubItem, raw: unknown): ScoreCheck {
  if (isBlank(raw)) return { status: "blank" };
  const params = { code: subItem.code, title: subItem.title, max: subItem.max, value: String(raw) };
  if (typeof raw !== "number" || !Number.isFinite(raw)) {
    return { status: "error", issue: "notNumber", message: t("score.notNumber", params) };
  }
  if (raw < 0)
    return { status: "error", issue: "negative", value: raw, message: t("score.negative", params) };
  if (raw > subItem.max)
    return { status: "error", issue: "overMax", value: raw, message: t("score.overMax", params) };
  return { status: "ok", value: raw };
}

/** Why a score is not valid, in the words of the sheet's 提示 column ("有误：超过满分 120"); "" when it is blank or valid. */
export function scoreIssueText(standard: Standard, subItem: SubItem, raw: unknown): string {
  const check = checkScore(standard, subItem, raw);
  return check.status === "error" ? t(`score.short.${check.issue}`, { max: subItem.max }) : "";
}

/**
 * scoreIssueText as a formula (no leading "="), over the score's and the maximum's cells: the
 * classification of checkScore and of the sheet's status formula — an error value, text or a
 * boolean is not a number (ISLOGICAL first: LibreOffice counts TRUE as a number), then below 0,
 * then above the maximum.
 */
export function scoreIssueFormula(subItem: SubItem, score: string, max: string): string {
  const say = (issue: ScoreIssue) =>
    `"${t(`score.short.${issue}`, { max: subItem.max }).replace(/"/g, '""')}"`;
  return (
    `IF(OR(ISERROR(${score}),ISLOGICAL(${score})),${say("notNumber")},IF(ISNUMBER(${score}),` +
    `IF(${score}<0,${say("negative")},IF(${score}>${max},${say("overMax")},"")),` +
    `IF(LEN(${score})=0,"",${say("notNumber")})))`
  );
}

/** The parts an application is scored on: its innovation item, then 创新价值. */
export function partsForItem(standard: Standard, item: number): Part[] {
  const itemPart = standard.parts.find((p) => p.role === "item" && p.number === item);
  if (!itemPart) throw new RangeError(`no innovation item ${item} in the standard`);
  const valueParts = standard.parts.filter((p) => p.role === "value");
  return [itemPart, ...valueParts];
}

export function itemNumbers(standard: Standard): number[] {
  return standard.parts.filter((p) => p.role === "item").map((p) => p.number);
}

export function subItemsForItem(standard: Standard, item: number): SubItem[] {
  return partsForItem(standard, item).flatMap((p) => p.subItems);
}

export interface SubItemResult {
  subItem: SubItem;
  raw: unknown;
  check: ScoreCheck;
}

export interface PartResult {
  part: Part;
  /** Sum of the numbers in the part's score cells (like the sheet's SUM: text and blanks ignored). */
  subtotal: number;
}

/** What a judge's sheet shows below the scores. */
export interface SheetFigures {
  item: number;
  subItems: SubItemResult[];
  parts: PartResult[];
  /** 单项小计 (out of 300). */
  itemSubtotal: number;
  /** 创新价值小计 (out of 200). */
  valueSubtotal: number;
  /** 总分 (out of fullMarks), ROUND(SUM(…),2). */
  total: number;
  /** total / fullMarks, rounded to 4 decimals (0.6 = 60.00 %). */
  percent: number;
  scoredCount: number;
  requiredCount: number;
  blank: SubItem[];
  errors: SubItemResult[];
  passLine: number;
  verdict: Verdict;
}

export interface FigureOptions {
  /** Fraction of full marks that passes; defaults to the standard's (0.6). */
  passRatio?: number;
}

/**
 * Everything the sheet shows below the scores, computed from raw cell values keyed by
 * sub-item code ("1.3" → 40). Codes of other items are ignored.
 *
 * The verdict follows verdict.ts: 有误 before 未完成, then 通过 / 未通过 by the pass line.
 */
export function sheetFigures(
  standard: Standard,
  item: number,
  scores: Readonly<Record<string, unknown>>,
  options: FigureOptions = {}
): SheetFigures {
  const parts = partsForItem(standard, item);
  const subItems: SubItemResult[] = [];
  const partResults: PartResult[] = [];
  const partHundredths: number[] = [];
  for (const part of parts) {
    const numbers: number[] = [];
    for (const subItem of part.subItems) {
      const raw = scores[subItem.code];
      const check = checkScore(standard, subItem, raw);
      subItems.push({ subItem, raw, check });
      if (typeof raw === "number" && Number.isFinite(raw)) numbers.push(raw);
    }
    const hundredths = sumToHundredths(numbers);
    partHundredths.push(hundredths);
    partResults.push({ part, subtotal: hundredthsToNumber(hundredths) });
  }
  const totalHundredths = partHundredths.reduce((a, b) => a + b, 0);
  const passHundredths = passLineHundredths(standard, options.passRatio);
  const blank = subItems.filter((r) => r.check.status === "blank").map((r) => r.subItem);
  const errors = subItems.filter((r) => r.check.status === "error");
  const verdict: Verdict = sheetVerdict(
    { invalid: errors.length, blank: blank.length },
    totalHundredths,
    passHundredths
  );
  const valueIndex = parts.findIndex((p) => p.role === "value");
  return {
    item,
    subItems,
    parts: partResults,
    itemSubtotal: partResults[0].subtotal,
    valueSubtotal: valueIndex >= 0 ? partResults[valueIndex].subtotal : 0,
    total: hundredthsToNumber(totalHundredths),
    percent: ratio4(totalHundredths, standard.fullMarks * 100),
    scoredCount: subItems.length - blank.length,
    requiredCount: subItems.length,
    blank,
    errors,
    passLine: hundredthsToNumber(passHundredths),
    verdict,
  };
}
