/** What every part of a scoring sheet is built from. */
import type { CellValue, SheetBuilder } from "../../sheet-kit";
import type { ScoringWarning, SheetFigures, Standard } from "../../standard";
import type { EntryField } from "../../workbook-format";

/** Who and what a sheet is for: the header block of the sheet. */
export interface ScoringSheetHeader {
  applicant: string;
  /** 1–5: the innovation item applied for. */
  item: number;
  judge: string;
  /** "YYYY-MM-DD" */
  date: string;
  /** Its identity in an award round (a sheet distributed from a roster); absent otherwise. */
  identity?: RoundIdentity;
}

/** Ids, not names, tie a round together: MH_ROUND, MH_APP_ID, MH_JUDGE_ID. */
export interface RoundIdentity {
  round: string;
  applicationId: string;
  judgeId: string;
}

export type EntryValues = Partial<Record<EntryField, CellValue>>;

export interface ScoringSheetContext {
  b: SheetBuilder;
  standard: Standard;
  header: ScoringSheetHeader;
  entries: Readonly<Record<string, EntryValues>>;
  passRatio: number;
  /** The figures for the entries given (the formulas' cached results). */
  figures: SheetFigures;
  /** The warnings for the entries given (the 提示 formulas' cached results). */
  warnings: ScoringWarning[];
  /** The workbook's 评分指引 sheet, when it has one: each sub-item's name links to its row there. */
  guide?: GuideLinks;
}

/** Where each sub-item stands in the workbook's 评分指引 sheet. */
export interface GuideLinks {
  sheetName: string;
  /** Sub-item code → row of its block. */
  rows: Readonly<Record<string, number>>;
}
