/**
 * Every kind of problem a consolidation reports, one code per kind, and what the committee reads
 * for it: a zh-CN kind (类别) and a next step (处理建议), keys `problemKind.<code>` and
 * `problemAction.<code>` of zh-CN.json. The 问题清单 shows these, never the code itself; a test
 * holds that every code has both.
 */
import { OPEN_PROBLEM_CODES } from "../workbook-format";
import type { ScoreIssue } from "../standard";
import { t } from "../strings";

const SCORE_ISSUES: readonly ScoreIssue[] = ["notNumber", "negative", "overMax"];

export const PROBLEM_CODES = [
  // Opening a file (workbook-format/workbook-read.ts) and one sheet of it.
  ...OPEN_PROBLEM_CODES,
  "duplicate-name",
  "duplicate-value",
  // Paths given to the command line (cli/collect-files.ts).
  "missing-path",
  "broken-link",
  "unreadable-path",
  "folder-loop",
  "folder-again",
  "lock-file",
  "other-format",
  "not-a-file",
  // One scoring sheet (check-sheet.ts).
  "format-version",
  "other-standard",
  "bad-item",
  "no-applicant",
  "no-judge",
  "text-too-long",
  "text-illegal",
  "score-blank",
  ...SCORE_ISSUES.map((issue) => `score-${issue}` as const),
  "sheet-not-counted",
  "total-mismatch",
  "finalization-incomplete",
  "digest-mismatch",
  // The sheets together (consolidate.ts).
  "similar-applicant",
  "duplicate-judge",
  "identical-copy",
  "pass-line-mismatch",
  // Against the roster (roster-match.ts).
  "other-round",
  "unknown-application",
  "unknown-judge",
  "item-mismatch",
  "applicant-mismatch",
  "ambiguous-judge",
  "unmatched",
  "conflict-judge",
  "unassigned-judge",
  "matched-by-name",
  "missing-file",
  // The consensus workbook (consensus.ts).
  "consensus-format",
  "consensus-other-round",
  "consensus-duplicate",
  "consensus-mismatch",
  "consensus-incomplete",
  "consensus-unmatched",
] as const;

export type ProblemCode = (typeof PROBLEM_CODES)[number];

/** The kind of a problem as the committee reads it (类别). */
export const problemKind = (code: ProblemCode) => t(`problemKind.${code}`);

/** What to do about a problem (处理建议). */
export const problemAction = (code: ProblemCode) => t(`problemAction.${code}`);
