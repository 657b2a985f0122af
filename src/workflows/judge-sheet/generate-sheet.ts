/**
 * Generating a judge's scoring sheet on any host. A new sheet takes one round trip (the guide and
 * the sheet in one batch). Re-applying the layout to an existing sheet of the same application
 * takes two: read its inputs through its names, then rebuild it with those inputs kept — the
 * judge's scores, 成熟度 and 评语 are never lost; the host builds the new sheet beside the old one.
 */
import { guideUpdate } from "../../judge-sheets/guide-sheet";
import {
  buildScoringSheetPlan,
  keptEntries,
  reapplyRefusal,
} from "../../judge-sheets/scoring-sheet";
import type { ScoringSheetHeader } from "../../judge-sheets/scoring-sheet";
import type { Standard } from "../../standard";
import { t } from "../../strings";
import { SheetOperationError } from "../../workbook-format/sheet-operation-error";
import { scoringSheetFromCells } from "../../workbook-format/sheet-from-names";
import {
  hostFailureOf,
  type WorkbookChange,
  type WorkbookPort,
} from "../../workbook-format/workbook-port";
import { checkSheetHeader } from "./plan-judge-sheets";
import { readSheet } from "./sheet-state";
import { readWorkbookSheets, type WorkbookSheets } from "./workbook-sheets";

export interface GenerateRequest {
  header: ScoringSheetHeader;
  sheetName: string;
  /** "new": the sheet must not exist yet; "reapply": rebuild an existing sheet of this application. */
  mode: "new" | "reapply";
  /** The workbook as just read (readWorkbookSheets); read here (two more round trips) when absent. */
  workbook?: Pick<WorkbookSheets, "guide" | "sheetNames">;
}

export interface GenerateResult {
  sheetName: string;
  /** Inputs carried over from the existing sheet (reapply). */
  keptEntries: number;
}

/** The standard and the pass line the sheet shows (from the round context). */
export interface SheetStandard {
  standard: Standard;
  passRatio?: number;
}

export async function generateSheet(
  port: WorkbookPort,
  context: SheetStandard,
  request: GenerateRequest
): Promise<GenerateResult> {
  // The header is checked by the rule the CLI's template uses (one rule, whichever shell asks).
  const header = checkSheetHeader(context.standard, request.header);
  if (!header.ok) throw new SheetOperationError(header.message);
  const checked = { ...request, header: header.value };
  const workbook = request.workbook ?? (await readWorkbookSheets(port));
  return request.mode === "new"
    ? generateNew(port, context, checked, workbook)
    : reapplyLayout(port, context, checked, workbook);
}

async function applyOrExplain(
  port: WorkbookPort,
  changes: WorkbookChange[],
  sheetName: string,
  address?: string
) {
  try {
    await port.apply(changes, { activate: { sheetName, address } });
  } catch (e) {
    const failure = hostFailureOf(e);
    if (failure === "exists")
      throw new SheetOperationError(t("excel.sheetExists", { sheet: sheetName }));
    if (failure === "not-found")
      throw new SheetOperationError(t("excel.sheetMissing", { sheet: sheetName }));
    throw e;
  }
}

async function generateNew(
  port: WorkbookPort,
  { standard, passRatio }: SheetStandard,
  { header, sheetName }: GenerateRequest,
  workbook: Pick<WorkbookSheets, "guide" | "sheetNames">
): Promise<GenerateResult> {
  const want = { item: header.item, ...workbook, reserved: [sheetName] };
  const guide = guideUpdate(standard, want, false);
  const plan = buildScoringSheetPlan(standard, header, {
    sheetName,
    passRatio,
    guide: guide.links,
  });
  const changes: WorkbookChange[] = [
    ...(guide.change ? [guide.change] : []),
    { kind: "add", plan, position: guide.scoringPosition },
  ];
  await applyOrExplain(port, changes, sheetName);
  return { sheetName, keptEntries: 0 };
}

async function reapplyLayout(
  port: WorkbookPort,
  { standard, passRatio }: SheetStandard,
  { header, sheetName }: GenerateRequest,
  workbook: Pick<WorkbookSheets, "guide" | "sheetNames">
): Promise<GenerateResult> {
  const sheet = await readSheet(port, sheetName, { formulas: true });
  const at = (n: string) => (sheet.names[n] ? sheet.value(sheet.names[n]) : undefined);
  const refusal = reapplyRefusal(standard, header, sheetName, sheet.names, at);
  if (refusal) throw new SheetOperationError(refusal);
  // A sheet distributed from a roster keeps its identity in the round.
  const { identity } = scoringSheetFromCells(sheetName, 0, sheet.names, sheet.value);
  const rebuilt = identity ? { ...header, identity } : header;
  const { entries, kept } = keptEntries(standard, header.item, sheet.names, sheet.formula);
  const want = { item: header.item, ...workbook, reserved: [] };
  const guide = guideUpdate(standard, want, true);
  const plan = buildScoringSheetPlan(standard, rebuilt, {
    sheetName,
    passRatio,
    entries,
    guide: guide.links,
  });
  const changes: WorkbookChange[] = [
    ...(guide.change ? [guide.change] : []),
    { kind: "replace", sheetName, plan, position: sheet.position },
  ];
  await applyOrExplain(port, changes, sheetName);
  return { sheetName, keptEntries: kept };
}
