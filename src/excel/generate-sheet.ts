/**
 * Generating a scoring sheet through Office.js. A new sheet takes one round trip (add + write
 * everything). Re-applying the layout to an existing sheet of the same application takes two:
 * read its inputs through its names, then rebuild it with those inputs kept — the judge's scores,
 * 成熟度 and 评语 are never lost. Calculation is suspended while writing.
 *
 * The workbook's one 评分指引 sheet is written in the same batch: created with the first
 * scoring sheet, rebuilt (never duplicated) when a sheet of a new item is added or a layout is
 * re-applied, and left alone when it already covers the item. It stays the last sheet.
 */
import { entryName, NAMES, FINALIZED, type EntryField } from "../workbook-format/format-names";
import {
  buildScoringSheetPlan,
  type ScoringSheetHeader,
  type EntryValues,
} from "../sheets/scoring-sheet";
import { uniqueSheetName } from "../sheet-kit/sheet-names";
import type { CellValue } from "../sheet-kit/plan-types";
import { subItemsForItem, type Standard } from "../standard";
import { t } from "../strings";
import type { Capabilities } from "./capabilities";
import { queueSheetPlan } from "./queue-sheet-plan";
import { cellLookup, namesOf, queueSnapshot } from "./sheet-snapshot";
import { scoringSheetFromCells } from "../workbook-format/sheet-from-names";

import { SheetOperationError } from "./sheet-operation-error";
import { queueGuide, type WorkbookGuide } from "./queue-guide";
import { readWorkbookSheets } from "./workbook-session";

export { SheetOperationError };

export interface GenerateRequest {
  standard: Standard;
  header: ScoringSheetHeader;
  sheetName: string;
  passRatio?: number;
  /** "new": the sheet must not exist yet; "reapply": rebuild an existing sheet of this application. */
  mode: "new" | "reapply";
  /**
   * The workbook as just read (readWorkbookSheets): its guide, if any, and every sheet's name.
   * When absent it is read here, in two more round trips.
   */
  workbook?: WorkbookGuide;
}

export interface GenerateResult {
  sheetName: string;
  /** Inputs carried over from the existing sheet (reapply). */
  keptEntries: number;
}

const FIELDS: EntryField[] = ["score", "maturity", "strength", "improvement"];

export async function generateScoringSheet(
  context: Excel.RequestContext,
  request: GenerateRequest,
  caps: Capabilities
): Promise<GenerateResult> {
  const workbook = request.workbook ?? (await readWorkbookSheets(context));
  return request.mode === "new"
    ? generateNewSheet(context, request, workbook, caps)
    : reapplyLayout(context, request, workbook, caps);
}

/** A new sheet (and the guide, when needed): one round trip. */
async function generateNewSheet(
  context: Excel.RequestContext,
  request: GenerateRequest,
  workbook: WorkbookGuide,
  caps: Capabilities
): Promise<GenerateResult> {
  const { standard, header, sheetName } = request;
  const sheet = context.workbook.worksheets.add(sheetName);
  context.application.suspendApiCalculationUntilNextSync();
  const want = { standard, item: header.item, workbook, reserved: [sheetName] };
  const guide = queueGuide(context, want, false, caps);
  const options = { sheetName, passRatio: request.passRatio, guide: guide.links };
  queueSheetPlan(sheet, buildScoringSheetPlan(standard, header, options), caps);
  if (guide.position !== null) sheet.position = guide.position;
  sheet.activate();
  try {
    await context.sync();
  } catch (e) {
    if ((e as { code?: string }).code === "ItemAlreadyExists")
      throw new SheetOperationError(t("excel.sheetExists", { sheet: sheetName }));
    // A half-built new sheet holds nothing of the judge's: remove it (and a half-built guide).
    await removeSheetsQuietly(context, [sheetName, ...(guide.added ? [guide.added] : [])]);
    throw e;
  }
  return { sheetName, keptEntries: 0 };
}

/** What the judge has typed in an existing sheet, read through its names (inputs as formulas, so a typed formula survives). */
function keptEntries(
  standard: Standard,
  item: number,
  names: Record<string, string>,
  formulaAt: (address: string) => CellValue | undefined
): { entries: Record<string, EntryValues>; kept: number } {
  const entries: Record<string, EntryValues> = {};
  let kept = 0;
  for (const sub of subItemsForItem(standard, item)) {
    const entry: EntryValues = {};
    for (const field of FIELDS) {
      const a = names[entryName(field, sub.code)];
      const v = a === undefined ? undefined : formulaAt(a);
      if (v !== undefined && v !== null && v !== "") {
        entry[field] = v as CellValue;
        kept++;
      }
    }
    entries[sub.code] = entry;
  }
  return { entries, kept };
}

/** Refuses, in zh-CN, a sheet that is not this application's open scoring sheet. */
function checkReapplicable(
  request: GenerateRequest,
  names: Record<string, string>,
  at: (n: string) => CellValue | undefined
): void {
  const { standard, header, sheetName } = request;
  if (!(NAMES.format in names))
    throw new SheetOperationError(t("excel.notScoringSheet", { sheet: sheetName }));
  if (at(NAMES.applicant) !== header.applicant || at(NAMES.item) !== header.item) {
    const part = standard.parts.find((p) => p.number === at(NAMES.item));
    throw new SheetOperationError(
      t("excel.otherApplication", {
        sheet: sheetName,
        applicant: String(at(NAMES.applicant) ?? ""),
        item: part?.title ?? "",
      })
    );
  }
  if (at(NAMES.status) === FINALIZED)
    throw new SheetOperationError(t("excel.finalizedNoReapply", { sheet: sheetName }));
}

/** Re-apply the layout to an existing sheet of the same application: two round trips. */
async function reapplyLayout(
  context: Excel.RequestContext,
  request: GenerateRequest,
  workbook: WorkbookGuide,
  caps: Capabilities
): Promise<GenerateResult> {
  const { standard, header, sheetName } = request;
  const sheet = context.workbook.worksheets.getItem(sheetName);
  sheet.load("position");
  const snapshot = queueSnapshot(sheet, true);
  const all = context.workbook.worksheets.load("items/name");
  try {
    await context.sync();
  } catch (e) {
    if ((e as { code?: string }).code === "ItemNotFound")
      throw new SheetOperationError(t("excel.sheetMissing", { sheet: sheetName }));
    throw e;
  }
  const names = namesOf(snapshot);
  const valueAt = cellLookup(snapshot.used, snapshot.used.values);
  checkReapplicable(request, names, (n) => (names[n] ? valueAt(names[n]) : undefined));
  // A sheet distributed from a roster keeps its identity in the round.
  const { identity } = scoringSheetFromCells(sheetName, 0, names, valueAt);
  const rebuilt = identity ? { ...header, identity } : header;
  const { entries, kept } = keptEntries(
    standard,
    header.item,
    names,
    cellLookup(snapshot.used, snapshot.used.formulas)
  );
  // The new version is built beside the old one; only when it is complete (later in the same batch)
  // is the old sheet deleted and the new one given its name and place. A batch that fails half-way
  // leaves the judge's sheet as it was; the partial new sheet is then removed.
  const sheetNames = all.items.map((s) => s.name);
  const temporary = uniqueSheetName(t("excel.rebuilding"), sheetNames);
  context.application.suspendApiCalculationUntilNextSync();
  const fresh = context.workbook.worksheets.add(temporary);
  const want = {
    standard,
    item: header.item,
    workbook: { ...workbook, sheetNames },
    reserved: [temporary],
  };
  const guide = queueGuide(context, want, true, caps);
  const plan = buildScoringSheetPlan(standard, rebuilt, {
    sheetName: temporary,
    passRatio: request.passRatio,
    entries,
    guide: guide.links,
  });
  queueSheetPlan(fresh, plan, caps);
  sheet.delete();
  fresh.name = sheetName;
  fresh.position = sheet.position;
  fresh.activate();
  try {
    await context.sync();
  } catch (e) {
    await removeSheetsQuietly(context, [temporary, ...(guide.added ? [guide.added] : [])]);
    throw e;
  }
  return { sheetName, keptEntries: kept };
}

/** Best effort, after a failed batch: remove sheets this operation created, if they are still there. Two syncs. */
export async function removeSheetsQuietly(
  context: Excel.RequestContext,
  names: string[]
): Promise<void> {
  try {
    const leftovers = names.map((n) => context.workbook.worksheets.getItemOrNullObject(n));
    await context.sync();
    for (const sheet of leftovers) if (!sheet.isNullObject) sheet.delete();
    await context.sync();
  } catch {
    // The original failure is what the user needs to hear about.
  }
}
