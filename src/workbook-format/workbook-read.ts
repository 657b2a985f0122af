/**
 * What opening one judge's file gives, whatever the host that read it: the scoring sheets found,
 * or a problem code with a zh-CN message.
 */
import type { ScoringSheetRead } from "./sheet-from-names";

/** Why a file gave no sheets, one code per class (docs/reliability.md). */
export const OPEN_PROBLEM_CODES = [
  "not-xlsx",
  "old-xls",
  "encrypted",
  "unreadable",
  "no-scoring-sheet",
  "too-large",
  "too-expanded",
  "too-many-entries",
  "too-many-sheets",
  "too-many-cells",
  "too-many-names",
  "dtd",
] as const;

export type OpenProblemCode = (typeof OPEN_PROBLEM_CODES)[number];

/** A scoring sheet that could not be read, while the rest of its file could. */
export interface SheetProblem {
  sheet: string;
  code: "too-many-cells" | "duplicate-name" | "duplicate-value" | "unreadable";
  message: string;
  /** The cell at fault, when there is one. */
  cell?: string;
}

export type OpenResult =
  | { ok: true; sheets: ScoringSheetRead[]; sheetProblems?: SheetProblem[] }
  | { ok: false; code: OpenProblemCode; message: string };
