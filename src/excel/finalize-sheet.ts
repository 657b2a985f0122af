/**
 * 提交评分 / 撤销提交. Finalizing needs every sub-item filled and valid; it locks the judge's input
 * cells, stamps the time, stores a SHA-256 digest of the content and appends to the sheet's
 * history. Reopening unlocks them again and is recorded too. Two syncs each: read, then write.
 */
import { entryName, FINALIZED, NAMES, type EntryField } from "../workbook-format/format-names";
import { finalizationDigest } from "../workbook-format/finalization-digest";
import type { ScoringSheetRead } from "../workbook-format/sheet-from-names";
import { subItemsForItem, sheetFigures, type Standard } from "../standard";
import { t } from "../strings";
import { SheetOperationError } from "./sheet-operation-error";
import { queueSnapshot, scoringSheetOf } from "./sheet-snapshot";

const FIELDS: EntryField[] = ["score", "maturity", "strength", "improvement"];

/** "2026-11-24T10:30:00+08:00" in the judge's own time zone. */
export function localTimestamp(now: Date): string {
  const pad = (n: number) => String(Math.floor(Math.abs(n))).padStart(2, "0");
  const offset = -now.getTimezoneOffset();
  const sign = offset >= 0 ? "+" : "-";
  return (
    `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T` +
    `${pad(now.getHours())}:${pad(now.getMinutes())}:${pad(now.getSeconds())}` +
    `${sign}${pad(offset / 60)}:${pad(offset % 60)}`
  );
}

const shortTime = (iso: string) => iso.slice(0, 16).replace("T", " ");

/** Strings written into General-format cells get Excel's text prefix, so a timestamp is never turned into a date. */
const asText = (s: string) => `'${s}`;

export interface FinalizeResult {
  digest: string;
  finalizedAt: string;
}

async function readForFinalization(context: Excel.RequestContext, sheetName: string) {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const snapshot = queueSnapshot(sheet);
  await context.sync();
  return {
    sheet,
    state: scoringSheetOf(sheetName, snapshot),
    protectedNow: snapshot.protection.protected,
  };
}

function scoresOf(state: ScoringSheetRead): Record<string, unknown> {
  return Object.fromEntries(Object.entries(state.entries).map(([code, e]) => [code, e.score]));
}

function queueInputLock(
  sheet: Excel.Worksheet,
  standard: Standard,
  item: number,
  locked: boolean
): void {
  for (const sub of subItemsForItem(standard, item)) {
    for (const field of FIELDS)
      sheet.names.getItem(entryName(field, sub.code)).getRange().format.protection.locked = locked;
  }
}

function queueText(sheet: Excel.Worksheet, name: string, text: string): void {
  sheet.names.getItem(name).getRange().values = [[text === "" ? "" : asText(text)]];
}

export async function finalizeSheet(
  context: Excel.RequestContext,
  sheetName: string,
  standard: Standard,
  now = new Date()
): Promise<FinalizeResult> {
  const { sheet, state, protectedNow } = await readForFinalization(context, sheetName);
  if (state.finalization.status === FINALIZED) {
    throw new SheetOperationError(
      t("finalize.already", { time: shortTime(String(state.finalization.finalizedAt ?? "")) })
    );
  }
  const item = Number(state.item);
  const figures = sheetFigures(standard, item, scoresOf(state));
  if (figures.errors.length > 0) {
    const list = figures.errors
      .map((r) => `${r.subItem.code} ${r.subItem.title}`)
      .join(t("sep.list"));
    throw new SheetOperationError(t("finalize.invalid", { count: figures.errors.length, list }));
  }
  if (figures.blank.length > 0) {
    const list = figures.blank.map((s) => `${s.code} ${s.title}`).join(t("sep.list"));
    throw new SheetOperationError(t("finalize.missing", { count: figures.blank.length, list }));
  }
  const finalizedAt = localTimestamp(now);
  const digest = await finalizationDigest({
    formatVersion: state.formatVersion,
    applicant: state.applicant,
    item: state.item,
    judge: state.judge,
    scores: Object.fromEntries(
      Object.entries(state.entries).map(([code, e]) => [code, e.score ?? null])
    ),
  });
  const history = [
    state.finalization.history,
    t("finalize.historySubmit", { time: finalizedAt, digest: digest.slice(0, 15) }),
  ]
    .filter(Boolean)
    .join("\n");
  if (protectedNow) sheet.protection.unprotect();
  queueInputLock(sheet, standard, item, true);
  queueText(sheet, NAMES.status, FINALIZED);
  queueText(sheet, NAMES.finalizedAt, finalizedAt);
  queueText(sheet, NAMES.digest, digest);
  queueText(sheet, NAMES.history, history);
  queueText(sheet, NAMES.stamp, t("finalize.stamp", { time: shortTime(finalizedAt) }));
  sheet.protection.protect({ allowFormatColumns: true, allowFormatRows: true });
  try {
    await context.sync();
  } catch (e) {
    await restore(context, sheet, standard, item, state, protectedNow, false);
    throw e;
  }
  return { digest, finalizedAt };
}

/**
 * After a batch that failed half-way: put the finalization record, the input locks and the
 * protection back as they were read. Best effort; the scores themselves were never touched.
 */
async function restore(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  standard: Standard,
  item: number,
  before: ScoringSheetRead,
  wasProtected: boolean,
  wasLocked: boolean
): Promise<void> {
  try {
    const protection = sheet.protection.load("protected");
    await context.sync();
    if (protection.protected) sheet.protection.unprotect();
    queueInputLock(sheet, standard, item, wasLocked);
    const f = before.finalization;
    queueText(sheet, NAMES.status, String(f.status ?? ""));
    queueText(sheet, NAMES.finalizedAt, String(f.finalizedAt ?? ""));
    queueText(sheet, NAMES.digest, String(f.digest ?? ""));
    queueText(sheet, NAMES.history, String(f.history ?? ""));
    queueText(sheet, NAMES.stamp, String(f.stamp ?? ""));
    if (wasProtected) sheet.protection.protect({ allowFormatColumns: true, allowFormatRows: true });
    await context.sync();
  } catch {
    // The original failure is what the user hears about.
  }
}

export async function reopenSheet(
  context: Excel.RequestContext,
  sheetName: string,
  standard: Standard,
  now = new Date()
): Promise<void> {
  const { sheet, state, protectedNow } = await readForFinalization(context, sheetName);
  if (state.finalization.status !== FINALIZED)
    throw new SheetOperationError(t("finalize.notFinalized"));
  const at = localTimestamp(now);
  const history = [state.finalization.history, t("finalize.historyReopen", { time: at })]
    .filter(Boolean)
    .join("\n");
  if (protectedNow) sheet.protection.unprotect();
  queueInputLock(sheet, standard, Number(state.item), false);
  queueText(sheet, NAMES.status, "");
  queueText(sheet, NAMES.finalizedAt, "");
  queueText(sheet, NAMES.digest, "");
  queueText(sheet, NAMES.history, history);
  queueText(sheet, NAMES.stamp, t("finalize.reopenedStamp", { time: shortTime(at) }));
  sheet.protection.protect({ allowFormatColumns: true, allowFormatRows: true });
  try {
    await context.sync();
  } catch (e) {
    await restore(context, sheet, standard, Number(state.item), state, protectedNow, true);
    throw e;
  }
}
