/** Consolidation's inputs and results. Pure data: reading files and writing sheets happen elsewhere. */
import { t } from "../strings";
import type { StageStep } from "../round";
import type { CellValue } from "../sheet-kit";
import {
  DEFAULT_SPREAD_RATIO,
  passRatioOf,
  type AppVerdict,
  type Decision,
  type ScoringWarning,
  type Standard,
  type TrimMode,
} from "../standard";
import type { OpenResult, ScoringSheetRead } from "../workbook-format";
import type { ProblemCode } from "./problem-codes";

export type { AppVerdict, TrimMode };

export interface ConsolidationOptions {
  /** Which mean is final (src/standard/final-score.ts). */
  trim: TrimMode;
  /** Fraction of full marks that passes. */
  passRatio: number;
  /** A sub-item is a 分歧 when its range across judges exceeds this fraction of its maximum. */
  spreadRatio: number;
  /** How many proposed winners per item (src/standard/decision.ts); every passing one when absent. */
  winners?: number;
}

/** The options in force: those asked for, the rest from the standard and its rules. */
export function consolidationOptions(
  standard: Standard,
  asked: Partial<ConsolidationOptions> = {}
): ConsolidationOptions {
  return {
    trim: asked.trim ?? "auto",
    passRatio: passRatioOf(standard, asked.passRatio),
    spreadRatio: asked.spreadRatio ?? DEFAULT_SPREAD_RATIO,
    ...(asked.winners !== undefined ? { winners: asked.winners } : {}),
  };
}

/** One file as read: its name and what opening it gave. */
export interface FileInput {
  file: string;
  result: OpenResult;
}

export interface Problem {
  file: string;
  sheet: string;
  /** A cell address, a format name, or "" for the whole file or sheet. */
  cell: string;
  /** The kind of problem (problem-codes.ts): shown as its zh-CN kind and next step, never as is. */
  code: ProblemCode;
  message: string;
}

export interface JudgeEntry {
  /** The judge's name as the sheet has it. */
  judge: string;
  /**
   * The judge's id (MH_JUDGE_ID, or the roster's when the sheet was matched by name): judges are
   * told apart by it wherever it exists — two judges may share a name, never an id.
   */
  judgeId?: string;
  file: string;
  sheet: string;
  total: number;
  /** Score by sub-item code. */
  scores: Record<string, number>;
  maturity: Record<string, CellValue>;
  strength: Record<string, CellValue>;
  improvement: Record<string, CellValue>;
  digestMismatch: boolean;
  /** Scoring-quality warnings of the sheet (src/standard/warnings.ts): reported, never excluding it. */
  warnings: ScoringWarning[];
}

export interface SubItemSpread {
  code: string;
  title: string;
  max: number;
  range: number | null;
  disagreement: boolean;
}

export interface Flag {
  code: "spread" | "digest" | "few-judges" | "no-judges";
  message: string;
  subItem?: string;
}

export interface ApplicationResult {
  /** 申报编号, when consolidated with a roster. */
  applicationId?: string;
  applicant: string;
  item: number;
  itemTitle: string;
  judges: JudgeEntry[];
  mean: number | null;
  trimmedMean: number | null;
  /** The final score: the consensus total when a complete 共识 sheet gave one, else the independent final. */
  final: number | null;
  /** The step of the stage that gave the final (src/round/stages.ts): one shape for every stage. */
  finalSource: StageStep;
  /** The independent final (mean or trimmed mean of the judges), whatever the final's source. */
  independentFinal: number | null;
  /**
   * The consensus meeting's 成熟度 and comments by sub-item, whenever a 共识 sheet matched (even an
   * incomplete one): the feedback report's texts (feedback.ts).
   */
  consensusTexts?: Record<string, { maturity: string; strength: string; improvement: string }>;
  /** The consensus meeting's result, when its sheet is complete (consensus.ts). */
  consensus: { total: number; scores: Record<string, number>; verdict: AppVerdict } | null;
  percent: number | null;
  verdict: AppVerdict;
  rank: number | null;
  /** The committee's proposal within the item (拟获奖, 并列待定 or neither). */
  decision: Decision;
  totalRange: number | null;
  spreads: SubItemSpread[];
  flags: Flag[];
}

export interface ConsolidationResult {
  options: ConsolidationOptions;
  /** With a roster: the round's name and every roster pair's progress (roster-match.ts). */
  round?: { name: string; progress: import("./roster-match").ProgressEntry[] };
  applications: ApplicationResult[];
  /** How far the judges agree (advice only; agreement.ts). */
  agreement: import("./agreement").Agreement;
  problems: Problem[];
  filesRead: number;
  sheetsRead: number;
  sheetsCounted: number;
}

/** What tells judges apart: the id where there is one, else the name. */
export const judgeKey = (j: { judge: string; judgeId?: string }) =>
  j.judgeId ? `id\u0000${j.judgeId}` : `name\u0000${j.judge}`;

/** A judge's name as a sheet shows it: with the id beside it when another judge of `all` has the same name. */
export function judgeLabel(
  j: { judge: string; judgeId?: string },
  all: readonly { judge: string; judgeId?: string }[]
): string {
  const namesake = all.some((o) => o.judge === j.judge && judgeKey(o) !== judgeKey(j));
  return namesake && j.judgeId ? t("judge.withId", { judge: j.judge, id: j.judgeId }) : j.judge;
}

/** How many scoring-quality warnings the counted sheets carry, in all. */
export function warningCount(result: ConsolidationResult): number {
  return result.applications.reduce(
    (n, a) => n + a.judges.reduce((m, j) => m + j.warnings.length, 0),
    0
  );
}

/** A scoring sheet with the file it came from. */
export interface SheetFromFile {
  file: string;
  sheet: ScoringSheetRead;
}
