/**
 * The judge's workbook as the pane lists it: its scoring sheets (with their metadata and scores),
 * its 评分指引 sheet and every sheet's name. Two round trips (the sheet list, then all of them).
 * How far each scoring sheet is follows from that one read (workbook-progress.ts).
 */
import type { CellValue } from "../../sheet-kit/plan-types";
import { parseGuideItems } from "../../judge-sheets/guide-sheet/guide-items";
import type { GuideInWorkbook } from "../../judge-sheets/guide-sheet/guide-update";
import { SUBMITTED, GUIDE_NAME, NAMES } from "../../workbook-format/format-names";
import type { ScoringSheetRead } from "../../workbook-format/sheet-from-names";
import type { SheetRead, WorkbookPort } from "../../workbook-format/workbook-port";
import { scoringSheetOf } from "./sheet-state";

export type { GuideInWorkbook };

export interface ScoringSheetInfo {
  sheetName: string;
  applicant: string;
  item: number;
  judge: string;
  submitted: boolean;
  /** By sub-item code, the score cell's content as read (null when blank). */
  scores: Record<string, CellValue>;
}

export interface WorkbookSheets {
  scoring: ScoringSheetInfo[];
  guide: GuideInWorkbook | null;
  /** Every sheet's name, in order. */
  sheetNames: string[];
}

/** A scoring sheet as the list has it, from a whole read of it (here, or the pane's live one). */
export function scoringSheetInfo(state: ScoringSheetRead): ScoringSheetInfo {
  return {
    sheetName: state.sheetName,
    applicant: String(state.applicant ?? ""),
    item: Number(state.item),
    judge: String(state.judge ?? ""),
    submitted: state.submission.status === SUBMITTED,
    scores: Object.fromEntries(
      Object.entries(state.entries).map(([code, e]) => [code, e.score ?? null])
    ),
  };
}

const valueOf = (sheet: SheetRead, name: string) =>
  sheet.names[name] ? sheet.value(sheet.names[name]) : undefined;

export async function readWorkbookSheets(port: WorkbookPort): Promise<WorkbookSheets> {
  const sheets = await port.readSheets("all");
  const scoring: ScoringSheetInfo[] = [];
  let guide: GuideInWorkbook | null = null;
  sheets.forEach((sheet, position) => {
    if (GUIDE_NAME in sheet.names && !guide)
      guide = {
        sheetName: sheet.sheetName,
        position,
        items: parseGuideItems(valueOf(sheet, GUIDE_NAME)),
      };
    if (!(NAMES.format in sheet.names) || GUIDE_NAME in sheet.names) return;
    scoring.push(scoringSheetInfo(scoringSheetOf(sheet)));
  });
  return { scoring, guide, sheetNames: sheets.map((s) => s.sheetName) };
}
