/**
 * What the task pane needs of the workbook besides one sheet: the list of scoring sheets in it,
 * the judge's name remembered in the workbook's settings, the selection, and locating a cell.
 */
import { FINALIZED, NAMES } from "../workbook-format/format-names";
import { namesOf, queueSnapshot, cellLookup, type SheetSnapshot } from "./sheet-snapshot";

export interface ScoringSheetInfo {
  sheetName: string;
  applicant: string;
  item: number;
  judge: string;
  finalized: boolean;
}

const JUDGE_SETTING = "mh-award-scorer.judge";

/** Every scoring sheet of the workbook with its metadata. Two syncs: the sheet list, then all their names and cells. */
export async function listScoringSheets(
  context: Excel.RequestContext
): Promise<ScoringSheetInfo[]> {
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  const snapshots: [string, SheetSnapshot][] = sheets.items.map((s) => [s.name, queueSnapshot(s)]);
  await context.sync();
  const result: ScoringSheetInfo[] = [];
  for (const [sheetName, snapshot] of snapshots) {
    const names = namesOf(snapshot);
    if (!(NAMES.format in names)) continue;
    const at = cellLookup(snapshot.used, snapshot.used.values);
    const v = (n: string) => (names[n] ? at(names[n]) : undefined);
    result.push({
      sheetName,
      applicant: String(v(NAMES.applicant) ?? ""),
      item: Number(v(NAMES.item)),
      judge: String(v(NAMES.judge) ?? ""),
      finalized: v(NAMES.status) === FINALIZED,
    });
  }
  return result;
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
