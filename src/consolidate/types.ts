/** Consolidation's inputs and results. Pure data: reading files and writing sheets happen elsewhere. */
import type { CellValue, ScoringSheetRead } from "../layout";
import type { OpenResult } from "../xlsx/open-scoring-workbook";

export type TrimMode = "auto" | "always" | "never";

export interface ConsolidationOptions {
  /** auto: trimmed mean when at least 5 judges count; always: whenever at least 3 count; never: the mean. */
  trim: TrimMode;
  /** Fraction of full marks that passes (0.6). */
  passRatio: number;
  /** A sub-item is a 分歧 when its range across judges exceeds this fraction of its maximum (0.2). */
  spreadRatio: number;
}

export const DEFAULT_OPTIONS: ConsolidationOptions = {
  trim: "auto",
  passRatio: 0.6,
  spreadRatio: 0.2,
};

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
  code: string;
  message: string;
}

export interface JudgeEntry {
  judge: string;
  file: string;
  sheet: string;
  total: number;
  /** Score by sub-item code. */
  scores: Record<string, number>;
  maturity: Record<string, CellValue>;
  strength: Record<string, CellValue>;
  improvement: Record<string, CellValue>;
  digestMismatch: boolean;
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

export type AppVerdict = "通过" | "未通过" | "无有效评分";

export interface ApplicationResult {
  applicant: string;
  item: number;
  itemTitle: string;
  judges: JudgeEntry[];
  mean: number | null;
  trimmedMean: number | null;
  final: number | null;
  percent: number | null;
  verdict: AppVerdict;
  rank: number | null;
  totalRange: number | null;
  spreads: SubItemSpread[];
  flags: Flag[];
}

export interface ConsolidationResult {
  options: ConsolidationOptions;
  applications: ApplicationResult[];
  problems: Problem[];
  filesRead: number;
  sheetsRead: number;
  sheetsCounted: number;
}

/** A scoring sheet with the file it came from. */
export interface SheetFromFile {
  file: string;
  sheet: ScoringSheetRead;
}
