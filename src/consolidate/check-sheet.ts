/**
 * Checks one scoring sheet as read from a file. The stored figures are never trusted: the total is
 * recomputed from the scores with src/standard, and a stored total that disagrees is reported.
 * In order: whether the sheet is usable at all (format, standard, item), its applicant and judge,
 * its scores (any blank or invalid one and it is not counted), then its stored figures and comments.
 */
import { parseDecimal } from "../sheet-kit/decimal";
import {
  checkScore,
  itemNumbers,
  sheetFigures,
  sheetWarnings,
  standardTag,
  subItemsForItem,
  type Standard,
} from "../standard";
import { cellTextIssues } from "../sheet-kit/cell-text";
import { t } from "../strings";
import {
  entryName,
  submissionIncomplete,
  FORMAT_VERSION,
  submissionDigest,
  isSubmitted,
  NAMES,
  type ScoringSheetRead,
} from "../workbook-format";
import type { ProblemCode } from "./problem-codes";
import type { JudgeEntry, Problem, SheetFromFile } from "./types";

export interface SheetCheck {
  file: string;
  sheetName: string;
  /** Where the applicant's name is (for problems about it). */
  applicantCell: string;
  /** The judge's entry when the sheet can be counted. */
  entry: JudgeEntry | null;
  /** The application it belongs to (when readable). */
  applicant: string;
  item: number;
  /** The judge's name as the sheet has it. */
  judge: string;
  /** Its identity in a round (MH_ROUND, MH_APP_ID, MH_JUDGE_ID), when distributed from a roster. */
  identity: ScoringSheetRead["identity"];
  /** Finalized (已提交) by the judge. */
  submitted: boolean;
  /** No score cell holds anything: a sheet as it was sent out, never scored. */
  blank: boolean;
  /** The pass line the sheet itself shows (MH_PASS_LINE) and where, to compare with the run's. */
  passLine: { value: unknown; cell: string };
  problems: Problem[];
}

const text = (v: unknown) => (v === null || v === undefined ? "" : String(v).trim());

/**
 * A number as a cell may hold it: a number, or a text that spells it in decimal ("1" after a
 * re-save as text); never "0x2" nor "" (which Number() would take). NaN otherwise.
 */
const numberIn = (v: unknown): number =>
  typeof v === "number" ? v : typeof v === "string" ? (parseDecimal(v) ?? NaN) : NaN;

/** A submitted sheet whose content no longer matches the digest stored when it was submitted. */
async function digestChanged(sheet: ScoringSheetRead, codes: string[]): Promise<boolean> {
  if (!isSubmitted(sheet.submission)) return false;
  const digest = await submissionDigest({
    formatVersion: sheet.formatVersion,
    applicant: sheet.applicant,
    item: sheet.item,
    judge: sheet.judge,
    scores: Object.fromEntries(codes.map((c) => [c, sheet.entries[c]?.score ?? null])),
    identity: sheet.identity,
  });
  return digest !== sheet.submission.digest;
}

const TEXT_FIELDS = ["strength", "improvement"] as const;

/** Records a problem at the cell of a defined name of the sheet ("" for the sheet as a whole). */
type ReportProblem = (name: string, code: ProblemCode, message: string) => void;

/** A judge's comment that a cell cannot hold as it is (cut or characters replaced in the summary). */
function textProblems(sheet: ScoringSheetRead, code: string, problem: ReportProblem): void {
  for (const field of TEXT_FIELDS) {
    const value = sheet.entries[code]?.[field];
    if (typeof value !== "string") continue;
    const issues = cellTextIssues(value);
    const what = `${code} ${t(`sheet.col.${field}`)}`;
    const name = entryName(field, code);
    if (issues.tooLong)
      problem(name, "text-too-long", t("problem.textTooLong", { what, length: issues.tooLong }));
    if (issues.illegal)
      problem(name, "text-illegal", t("problem.textIllegal", { what, count: issues.illegal }));
  }
}

/**
 * Whether this run can vouch for the sheet at all: it is of the known format, made under the run's
 * standard (and edition of it; a sheet that names none is taken as the run's), for a known item.
 * Reports the first reason it is not.
 */
function isUsable(
  standard: Standard,
  sheet: ScoringSheetRead,
  item: number,
  problem: ReportProblem
): boolean {
  if (numberIn(sheet.formatVersion) !== FORMAT_VERSION) {
    problem(
      NAMES.format,
      "format-version",
      t("problem.unknownFormat", { version: text(sheet.formatVersion), supported: FORMAT_VERSION })
    );
    return false;
  }
  // A sheet made under another standard (or another edition of it) is never mixed in.
  if (sheet.standard !== null && sheet.standard !== standardTag(standard)) {
    problem(
      "",
      "other-standard",
      t("problem.otherStandard", { sheet: sheet.standard, run: standardTag(standard) })
    );
    return false;
  }
  if (!itemNumbers(standard).includes(item)) {
    problem(NAMES.item, "bad-item", t("problem.badItem", { value: text(sheet.item) }));
    return false;
  }
  return true;
}

/**
 * The score the sheet holds for every sub-item of the item, each checked against the standard: a
 * blank or invalid score is reported, and `invalid` counts them (a sheet with any is not counted).
 */
function checkScores(
  standard: Standard,
  sheet: ScoringSheetRead,
  item: number,
  problem: ReportProblem
): { scores: Record<string, unknown>; invalid: number } {
  const scores: Record<string, unknown> = {};
  let invalid = 0;
  for (const sub of subItemsForItem(standard, item)) {
    const raw = sheet.entries[sub.code]?.score ?? null;
    scores[sub.code] = raw;
    const check = checkScore(standard, sub, raw);
    const name = entryName("score", sub.code);
    if (check.status === "blank") {
      invalid++;
      problem(name, "score-blank", t("problem.scoreBlank", { code: sub.code, title: sub.title }));
    } else if (check.status === "error") {
      invalid++;
      problem(name, `score-${check.issue}`, t("problem.scoreInvalid", { message: check.message }));
    }
  }
  return { scores, invalid };
}

/**
 * What the sheet stores against what it should: a stored total that differs from the recomputed
 * one, a submission left half done, and a submitted sheet changed since (its digest no longer
 * matches). Resolves to whether the digest mismatches.
 */
async function checkStoredFigures(
  sheet: ScoringSheetRead,
  codes: string[],
  computedTotal: number,
  problem: ReportProblem
): Promise<boolean> {
  const stored = sheet.cached.total;
  if (typeof stored === "number" && Math.abs(stored - computedTotal) > 0.005) {
    problem(
      NAMES.total,
      "total-mismatch",
      t("problem.totalMismatch", { stored, computed: computedTotal })
    );
  }
  if (submissionIncomplete(sheet.submission))
    problem(NAMES.status, "finalization-incomplete", t("problem.finalizationIncomplete"));
  const digestMismatch = await digestChanged(sheet, codes);
  if (digestMismatch)
    problem(
      NAMES.digest,
      "digest-mismatch",
      t("problem.digestMismatch", {
        time:
          text(sheet.submission.submittedAt).slice(0, 16).replace("T", " ") ||
          t("problem.timeCleared"),
      })
    );
  return digestMismatch;
}

/** The judge's entry of a sheet that counts: the recomputed total, the scores and the comments. */
function judgeEntry(
  standard: Standard,
  { file, sheet }: SheetFromFile,
  judge: string,
  item: number,
  scores: Record<string, unknown>,
  total: number,
  digestMismatch: boolean
): JudgeEntry {
  const pick = (field: "maturity" | "strength" | "improvement") =>
    Object.fromEntries(Object.keys(scores).map((c) => [c, sheet.entries[c]?.[field] ?? null]));
  return {
    judge,
    ...(sheet.identity?.judgeId ? { judgeId: sheet.identity.judgeId } : {}),
    file,
    sheet: sheet.sheetName,
    total,
    scores: scores as Record<string, number>,
    maturity: pick("maturity"),
    strength: pick("strength"),
    improvement: pick("improvement"),
    digestMismatch,
    warnings: sheetWarnings(standard, item, sheet.entries),
  };
}

export async function checkSheet(standard: Standard, read: SheetFromFile): Promise<SheetCheck> {
  const { file, sheet } = read;
  const problems: Problem[] = [];
  const cellOf = (name: string) => sheet.names[name] ?? name;
  const problem: ReportProblem = (name, code, message) =>
    problems.push({
      file,
      sheet: sheet.sheetName,
      cell: name === "" ? "" : cellOf(name),
      code,
      message,
    });
  const applicant = text(sheet.applicant);
  const judge = text(sheet.judge);
  const item = numberIn(sheet.item);
  const where = {
    file,
    sheetName: sheet.sheetName,
    applicantCell: cellOf(NAMES.applicant),
    judge,
    identity: sheet.identity,
    submitted: isSubmitted(sheet.submission),
    blank: Object.values(sheet.entries).every((e) => text(e?.score) === ""),
    passLine: { value: sheet.cached.passLine, cell: cellOf(NAMES.passLine) },
  };
  const none = { ...where, entry: null, applicant, item, problems };

  // A sheet of an unknown format, or for no known item, is not an application this run can vouch for.
  if (!isUsable(standard, sheet, item, problem)) return { ...none, applicant: "" };
  if (!applicant) problem(NAMES.applicant, "no-applicant", t("problem.noApplicant"));
  if (!judge) problem(NAMES.judge, "no-judge", t("problem.noJudge"));
  if (!applicant || !judge) return none;

  const { scores, invalid } = checkScores(standard, sheet, item, problem);
  if (invalid > 0) {
    problem(
      "",
      "sheet-not-counted",
      t("problem.sheetNotCounted", { applicant, judge, count: invalid })
    );
    return none;
  }

  const { total } = sheetFigures(standard, item, scores);
  const digestMismatch = await checkStoredFigures(sheet, Object.keys(scores), total, problem);
  for (const code of Object.keys(scores)) textProblems(sheet, code, problem);
  return {
    ...where,
    entry: judgeEntry(standard, read, judge, item, scores, total, digestMismatch),
    applicant,
    item,
    problems,
  };
}
