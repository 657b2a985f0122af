/**
 * How far the workbook's scoring sheets are — submitted; complete and valid but not submitted;
 * still open — from one read of them all (readWorkbookSheets), by src/standard's rules (the
 * sheets' own formulas). Apart from the sheet list so that the list, which the judge's first
 * screen reads, does not bring the scoring rules with it.
 */
import { sheetFigures, SHEET_VERDICT, type Standard } from "../../standard";
import type { ScoringSheetInfo } from "./workbook-sheets";

/** How far a scoring sheet is: submitted; complete and valid but not submitted; or still open (blank or invalid scores). */
export type SheetProgress = "submitted" | "ready" | "open";

export function sheetProgress(standard: Standard, sheet: ScoringSheetInfo): SheetProgress {
  if (sheet.submitted) return "submitted";
  const { verdict } = sheetFigures(standard, sheet.item, sheet.scores);
  return verdict === SHEET_VERDICT.incomplete || verdict === SHEET_VERDICT.invalid
    ? "open"
    : "ready";
}

export interface WorkbookProgress {
  total: number;
  submitted: number;
  ready: number;
  open: number;
  /** The sheets not yet submitted, in workbook order, with how far each is. */
  pending: { sheet: ScoringSheetInfo; progress: Exclude<SheetProgress, "submitted"> }[];
}

/** The workbook's scoring sheets counted by how far they are (src/standard's rules, as the sheet's own formulas). */
export function workbookProgress(standard: Standard, sheets: ScoringSheetInfo[]): WorkbookProgress {
  const result: WorkbookProgress = {
    total: sheets.length,
    submitted: 0,
    ready: 0,
    open: 0,
    pending: [],
  };
  for (const sheet of sheets) {
    const progress = sheetProgress(standard, sheet);
    result[progress] += 1;
    if (progress !== "submitted") result.pending.push({ sheet, progress });
  }
  return result;
}
