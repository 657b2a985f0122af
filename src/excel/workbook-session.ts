/**
 * What the task pane needs of the workbook besides one sheet: the list of scoring sheets in it
 * (and its 评分指引 sheet), the judge's name remembered in the workbook's settings, the
 * selection, and locating a cell.
 */
import { parseGuideItems } from "../sheets/guide-sheet/guide-items";
import { FINALIZED, GUIDE_NAME, NAMES } from "../workbook-format/format-names";
import { namesOf, queueSnapshot, cellLookup, type SheetSnapshot } from "./sheet-snapshot";

export interface ScoringSheetInfo {
  sheetName: string;
  applicant: string;
  item: number;
  judge: string;
  finalized: boolean;
}

/** The workbook's 评分指引 sheet (marked by MH_GUIDE): where it is and the items it covers, in order. */
export interface GuideInWorkbook {
  sheetName: string;
  position: number;
  items: number[];
}

export interface WorkbookSheets {
  scoring: ScoringSheetInfo[];
  guide: GuideInWorkbook | null;
  /** Every sheet's name, in order. */
  sheetNames: string[];
}

const JUDGE_SETTING = "mh-award-scorer.judge";

/** The scoring sheets, the guide and every sheet's name. Two syncs: the sheet list, then all their names and cells. */
export async function readWorkbookSheets(context: Excel.RequestContext): Promise<WorkbookSheets> {
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  const snapshots: [string, SheetSnapshot][] = sheets.items.map((s) => [s.name, queueSnapshot(s)]);
  await context.sync();
  const scoring: ScoringSheetInfo[] = [];
  let guide: GuideInWorkbook | null = null;
  snapshots.forEach(([sheetName, snapshot], position) => {
    const names = namesOf(snapshot);
    const at = cellLookup(snapshot.used, snapshot.used.values);
    const v = (n: string) => (names[n] ? at(names[n]) : undefined);
    if (GUIDE_NAME in names && !guide)
      guide = { sheetName, position, items: parseGuideItems(v(GUIDE_NAME)) };
    if (!(NAMES.format in names) || GUIDE_NAME in names) return;
    scoring.push({
      sheetName,
      applicant: String(v(NAMES.applicant) ?? ""),
      item: Number(v(NAMES.item)),
      judge: String(v(NAMES.judge) ?? ""),
      finalized: v(NAMES.status) === FINALIZED,
    });
  });
  return { scoring, guide, sheetNames: sheets.items.map((s) => s.name) };
}

/** Every scoring sheet of the workbook with its metadata (two syncs). */
export async function listScoringSheets(
  context: Excel.RequestContext
): Promise<ScoringSheetInfo[]> {
  return (await readWorkbookSheets(context)).scoring;
}

/** The judge's name as last used in this workbook (ExcelApi 1.4 settings), or "". */
export async function loadRememberedJudge(context: Excel.RequestContext): Promise<string> {
  const setting = context.workbook.settings.getItemOrNullObject(JUDGE_SETTING);
  setting.load("value");
  await context.sync();
  return setting.isNullObject ? "" : String(setting.value ?? "");
}

export async function rememberJudge(context: Excel.RequestContext, judge: string): Promise<void> {
  context.workbook.settings.add(JUDGE_SETTING, judge);
  await context.sync();
}

export interface Selection {
  sheetName: string;
  /** "D7" or "D7:E9" (no sheet part). */
  address: string;
}

export async function readSelection(context: Excel.RequestContext): Promise<Selection> {
  const range = context.workbook.getSelectedRange().load("address");
  await context.sync();
  const full = range.address;
  const bang = full.lastIndexOf("!");
  const sheet = full
    .slice(0, bang)
    .replace(/^'(.*)'$/, "$1")
    .replace(/''/g, "'");
  return { sheetName: sheet, address: full.slice(bang + 1) };
}

/** Activate a sheet and select a cell (定位). */
export async function selectCell(
  context: Excel.RequestContext,
  sheetName: string,
  address: string
): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  sheet.activate();
  sheet.getRange(address).select();
  await context.sync();
}

/** Call `onChange` whenever the selection moves; returns a function that stops watching. */
export async function watchSelection(
  context: Excel.RequestContext,
  onChange: () => void
): Promise<() => Promise<void>> {
  const handler = context.workbook.onSelectionChanged.add(async () => onChange());
  await context.sync();
  return async () => {
    handler.remove();
    await handler.context.sync();
  };
}
