/**
 * Scoring-quality checks: what an experienced examiner would query in a judge's row. They are
 * warnings, never errors — the verdict does not change. They apply to a valid score (a number
 * from 0 to the sub-item's maximum); a blank score is not scored yet and an invalid one is an
 * error already.
 *
 *   band-mismatch  a 成熟度 is chosen and the score's percentage lies in another band
 *                  (a percentage between two bands belongs to the lower one, as bandForPercent says;
 *                  a band's earlier label, on sheets made before the ordinal, names it as well);
 *   no-band        no 成熟度 is chosen;
 *   no-comment     both 优点 and 改进机会 are empty;
 *   off-grid       the score is not a multiple of the step (5 %) of the maximum.
 *
 * `warningFormulas` states the same rule as spreadsheet formulas for the sheet's 提示 column and
 * MH_WARNINGS; a test holds the two equal through LibreOffice.
 */
import { t } from "../strings";
import {
  bandForPercent,
  bandLabel,
  bandLabels,
  earlierBandLabels,
  isOnStep,
  percentForScore,
  pointsPerStep,
} from "./bands";
import { isBlank, scoreIssueFormula, scoreIssueText, subItemsForItem } from "./scoring-rules";
import type { Standard, SubItem } from "./types";

export const WARNING_CODES = ["band-mismatch", "no-band", "no-comment", "off-grid"] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

/** What a judge entered for one sub-item, as read from the sheet. */
export interface EntryInput {
  score?: unknown;
  maturity?: unknown;
  strength?: unknown;
  improvement?: unknown;
}

export interface ScoringWarning {
  /** Sub-item code, e.g. "2.1". */
  subItem: string;
  code: WarningCode;
  /** zh-CN, naming the sub-item and what to look at. */
  message: string;
}

/** A number from 0 to the maximum: the scores the checks apply to. */
function isValidScore(sub: SubItem, score: unknown): score is number {
  return typeof score === "number" && Number.isFinite(score) && score >= 0 && score <= sub.max;
}

/** The band label a score belongs to ("第4档 50–65% 协调一致"). */
export function expectedBandLabel(standard: Standard, sub: SubItem, score: number): string {
  return bandLabel(standard, bandForPercent(standard, percentForScore(sub, score)));
}

/** Whether a 成熟度 text is the label (or the earlier label) of the band the score lies in. */
function namesExpectedBand(standard: Standard, sub: SubItem, score: number, maturity: unknown) {
  const band = bandForPercent(standard, percentForScore(sub, score));
  const i = standard.bands.indexOf(band);
  return maturity === bandLabels(standard)[i] || maturity === earlierBandLabels(standard)[i];
}

/** The warning codes of one row, in WARNING_CODES order. */
export function entryWarningCodes(
  standard: Standard,
  sub: SubItem,
  entry: EntryInput
): WarningCode[] {
  const score = entry.score;
  if (!isValidScore(sub, score)) return [];
  const codes: WarningCode[] = [];
  if (!isBlank(entry.maturity) && !namesExpectedBand(standard, sub, score, entry.maturity))
    codes.push("band-mismatch");
  if (isBlank(entry.maturity)) codes.push("no-band");
  if (isBlank(entry.strength) && isBlank(entry.improvement)) codes.push("no-comment");
  if (!isOnStep(standard, sub, score)) codes.push("off-grid");
  return codes;
}

function warningMessage(
  standard: Standard,
  sub: SubItem,
  entry: EntryInput,
  code: WarningCode
): string {
  const score = entry.score as number;
  return t(`warning.${code}`, {
    code: sub.code,
    title: sub.title,
    score,
    max: sub.max,
    percent: Math.round(percentForScore(sub, score) * 100) / 100,
    expected: expectedBandLabel(standard, sub, score),
    chosen: String(entry.maturity ?? ""),
    step: pointsPerStep(standard, sub),
    stepPercent: standard.stepPercent,
  });
}

/** One row's warnings with their zh-CN messages. */
export function entryWarnings(
  standard: Standard,
  sub: SubItem,
  entry: EntryInput
): ScoringWarning[] {
  return entryWarningCodes(standard, sub, entry).map((code) => ({
    subItem: sub.code,
    code,
    message: warningMessage(standard, sub, entry, code),
  }));
}

/** Every warning of a sheet for one item, sub-item by sub-item (entries keyed by code). */
export function sheetWarnings(
  standard: Standard,
  item: number,
  entries: Readonly<Record<string, EntryInput | undefined>>
): ScoringWarning[] {
  return subItemsForItem(standard, item).flatMap((sub) =>
    entryWarnings(standard, sub, entries[sub.code] ?? {})
  );
}

/** The short zh-CN label of a warning, as the sheet's 提示 column shows it. */
export function warningLabel(standard: Standard, code: WarningCode): string {
  return t(`warning.short.${code}`, { stepPercent: standard.stepPercent });
}

/** The cells of one row the formulas read. */
export interface EntryCells {
  score: string;
  max: string;
  maturity: string;
  strength: string;
  improvement: string;
  /** A condition that is TRUE when the score is valid (0 to the maximum), e.g. `J7="好"`. */
  validScore: string;
}

const text = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** A band label of the score's percentage, as a formula (LOOKUP: the largest band minimum ≤ the percentage). */
function expectedBandFormula(standard: Standard, c: EntryCells, labelList: string[]): string {
  const minima = standard.bands.map((b) => b.min).join(",");
  const labels = labelList.map(text).join(",");
  return `LOOKUP(${c.score}*100/${c.max}+1E-9,{${minima}},{${labels}})`;
}

/** Each warning as a formula that is TRUE when the warning holds (no leading "="). */
export function warningFormulas(standard: Standard, c: EntryCells): Record<WarningCode, string> {
  const when = (condition: string) => `IF(${c.validScore},${condition},FALSE)`;
  const steps = `${c.score}*100/${c.max}/${standard.stepPercent}`;
  return {
    "band-mismatch": when(
      `IF(LEN(${c.maturity})=0,FALSE,AND(` +
        `${c.maturity}<>${expectedBandFormula(standard, c, bandLabels(standard))},` +
        `${c.maturity}<>${expectedBandFormula(standard, c, earlierBandLabels(standard))}))`
    ),
    "no-band": when(`LEN(${c.maturity})=0`),
    "no-comment": when(`AND(LEN(${c.strength})=0,LEN(${c.improvement})=0)`),
    "off-grid": when(`ABS(${steps}-ROUND(${steps},0))>=1E-9`),
  };
}

/** The row's number of warnings, as a formula. */
export function warningCountFormula(standard: Standard, c: EntryCells): string {
  const f = warningFormulas(standard, c);
  return "=" + WARNING_CODES.map((code) => `(${f[code]})*1`).join("+");
}

/** The row's warnings as text for the 提示 column ("未选成熟度；未写评语"), as a formula. */
export function warningTextFormula(standard: Standard, c: EntryCells): string {
  const f = warningFormulas(standard, c);
  const separator = t("sep.clause");
  const pieces = WARNING_CODES.map(
    (code) => `IF(${f[code]},${text(separator + warningLabel(standard, code))},"")`
  );
  return `=MID(${pieces.join("&")},${separator.length + 1},255)`;
}

/** The row's warnings as the 提示 column shows them (the cached value of warningTextFormula). */
export function warningText(standard: Standard, codes: readonly WarningCode[]): string {
  return codes.map((code) => warningLabel(standard, code)).join(t("sep.clause"));
}

/**
 * What the 提示 column shows: why the score is 有误 ("有误：超过满分 120") when it is invalid, else the
 * row's warnings ("未选成熟度；未写评语"), so that a black-and-white printout gives the reason too.
 */
export function hintText(standard: Standard, sub: SubItem, entry: EntryInput): string {
  return (
    scoreIssueText(standard, sub, entry.score) ||
    warningText(standard, entryWarningCodes(standard, sub, entry))
  );
}

/** hintText as a formula: the score's issue, then the warnings (which hold only for a valid score). */
export function hintFormula(standard: Standard, sub: SubItem, c: EntryCells): string {
  return `=${scoreIssueFormula(sub, c.score, c.max)}&${warningTextFormula(standard, c).slice(1)}`;
}
