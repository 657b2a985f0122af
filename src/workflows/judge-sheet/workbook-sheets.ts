/**
 * The judge's workbook as the pane lists it: its scoring sheets (with their metadata), its
 * 评分指引 sheet and every sheet's name. Two round trips (the sheet list, then all of them).
 */
import { parseGuideItems } from "../../judge-sheets/guide-sheet/guide-items";
import type { GuideInWorkbook } from "../../judge-sheets/guide-sheet/guide-update";
import { SUBMITTED, GUIDE_NAME, NAMES } from "../../workbook-format/format-names";
import type { SheetRead, WorkbookPort } from "../../workbook-format/workbook-port";

export type { GuideInWorkbook };

export interface ScoringSheetInfo {
  sheetName: string;
  applicant: string;
  item: number;
  judge: string;
  submitted: boolean;
}

export interface WorkbookSheets {
  scoring: ScoringSheetInfo[];
  guide: GuideInWorkbook | null;
  /** Every sheet's name, in order. */
  sheetNames: string[];
}

const valueOf = (sheet: SheetRead, name: string) =>
  sheet.names[name] ? sheet.value(sheet.names[name]) : undefined;

export async function readWorkbookSheets(port: WorkbookPort): Promise<WorkbookSheets> {
  const sheets = await port.readSheets("all");
  const scoring: ScoringSheetInfo[] = [];
  let guide: GuideInWorkbook | null = null;
  sheets.forEach((sheet, position) => {
    const v = (n: string) => valueOf(sheet, n);
    if (GUIDE_NAME in sheet.names && !guide)
      guide = { sheetName: sheet.sheetName, position, items: parseGuideItems(v(GUIDE_NAME)) };
    if (!(NAMES.format in sheet.names) || GUIDE_NAME in sheet.names) return;
    scoring.push({
      sheetName: sheet.sheetName,
      applicant: String(v(NAMES.applicant) ?? ""),
      item: Number(v(NAMES.item)),
      judge: String(v(NAMES.judge) ?? ""),
      submitted: v(NAMES.status) === SUBMITTED,
    });
  });
  return { scoring, guide, sheetNames: sheets.map((s) => s.sheetName) };
}
