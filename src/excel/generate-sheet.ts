/**
 * Generating a scoring sheet through Office.js. A new sheet takes one round trip (add + write
 * everything). Re-applying the layout to an existing sheet of the same application takes two:
 * read its inputs through its names, then rebuild it with those inputs kept — the judge's scores,
 * 成熟度 and 评语 are never lost. Calculation is suspended while writing.
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

import { SheetOperationError } from "./sheet-operation-error";

export { SheetOperationError };

export interface GenerateRequest {
  standard: Standard;
  header: ScoringSheetHeader;
  sheetName: string;
  passRatio?: number;
  /** "new": the sheet must not exist yet; "reapply": rebuild an existing sheet of this application. */
  mode: "new" | "reapply";
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
  const { standard, header, sheetName } = request;
  const options = { sheetName, passRatio: request.passRatio };
  if (request.mode === "new") {
    const sheet = context.workbook.worksheets.add(sheetName);
    context.application.suspendApiCalculationUntilNextSync();
    queueSheetPlan(sheet, buildScoringSheetPlan(standard, header, options), caps);
    sheet.activate();
    try {
      await context.sync();
    } catch (e) {
      if ((e as { code?: string }).code === "ItemAlreadyExists")
        throw new SheetOperationError(t("excel.sheetExists", { sheet: sheetName }));
      // A half-built new sheet holds nothing of the judge's: remove it.
      await removeSheetQuietly(context, sheetName);
      throw e;
    }
    return { sheetName, keptEntries: 0 };
  }

  // Re-apply: read what the judge has typed, through the names (inputs as formulas, so a typed formula survives).
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
  const formulaAt = cellLookup(snapshot.used, snapshot.used.formulas);
  if (!(NAMES.format in names))
    throw new SheetOperationError(t("excel.notScoringSheet", { sheet: sheetName }));
  const at = (n: string) => (names[n] ? valueAt(names[n]) : undefined);
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
  const entries: Record<string, EntryValues> = {};
  let kept = 0;
  for (const sub of subItemsForItem(standard, header.item)) {
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
  // The new version is built beside the old one; only when it is complete (later in the same batch)
  // is the old sheet deleted and the new one given its name and place. A batch that fails half-way
  // leaves the judge's sheet as it was; the partial new sheet is then removed.
  const temporary = uniqueSheetName(
    t("excel.rebuilding"),
    all.items.map((s) => s.name)
  );
  const plan = buildScoringSheetPlan(standard, header, {
    ...options,
    sheetName: temporary,
    entries,
  });
  context.application.suspendApiCalculationUntilNextSync();
  const fresh = context.workbook.worksheets.add(temporary);
  queueSheetPlan(fresh, plan, caps);
  sheet.delete();
  fresh.name = sheetName;
  fresh.position = sheet.position;
  fresh.activate();
  try {
    await context.sync();
  } catch (e) {
    await removeSheetQuietly(context, temporary);
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

export const removeSheetQuietly = (context: Excel.RequestContext, name: string) =>
  removeSheetsQuietly(context, [name]);
