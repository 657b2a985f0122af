/** What every part of a scoring sheet is built from. */
import type { CellValue, SheetBuilder } from "../../sheet-kit";
import type { SheetFigures, Standard } from "../../standard";
import type { EntryField } from "../../workbook-format";

/** Who and what a sheet is for: the header block of the sheet. */
export interface ScoringSheetHeader {
  applicant: string;
  /** 1–5: the innovation item applied for. */
  item: number;
  judge: string;
  /** "YYYY-MM-DD" */
  date: string;
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
}
