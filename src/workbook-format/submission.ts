/**
 * 提交评分 / 撤销提交 as changes to a scoring sheet, whatever the host. Submitting needs every
 * sub-item filled and valid; it locks the judge's input cells, stamps the time, stores a SHA-256
 * digest of the content and appends to the sheet's history. Reopening unlocks them and is
 * recorded too. Each change carries what the cell held, so a host that fails half-way puts the
 * sheet back as it was.
 */
import { sheetFigures, subItemsForItem, type Standard } from "../standard";
import { t } from "../strings";
import { submissionDigest } from "./submission-digest";
import { entryName, SUBMITTED, NAMES, type EntryField } from "./format-names";
import { SheetOperationError } from "./sheet-operation-error";
import type { ScoringSheetRead } from "./sheet-from-names";
import type { WorkbookChange } from "./workbook-port";

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

/** A scoring sheet as read, with whether it is protected now. */
export interface SheetToSubmit {
  state: ScoringSheetRead;
  protected: boolean;
}

export interface Submission {
  digest: string;
  submittedAt: string;
  changes: WorkbookChange[];
}

/** The submission record's five texts, as they are to be written. */
interface SubmissionRecord {
  status: string;
  submittedAt: string;
  digest: string;
  history: string;
  stamp: string;
}

/** Unprotect, (un)lock the inputs, write the record, protect again: each with what it undoes. */
function recordChanges(
  standard: Standard,
  sheet: SheetToSubmit,
  record: SubmissionRecord,
  locked: boolean
): WorkbookChange[] {
  const { state } = sheet;
  const sheetName = state.sheetName;
  const f = state.submission;
  const text = (name: string, value: string, previous: unknown) => ({
    name,
    value,
    previous: String(previous ?? ""),
  });
  const inputs = subItemsForItem(standard, Number(state.item)).flatMap((sub) =>
    FIELDS.map((field) => ({ name: entryName(field, sub.code) }))
  );
  const unprotect: WorkbookChange[] = sheet.protected
    ? [{ kind: "protect", sheetName, protect: false, previous: true }]
    : [];
  return [
    ...unprotect,
    { kind: "lock", sheetName, cells: inputs, locked, previous: !locked },
    {
      kind: "cells",
      sheetName,
      text: true,
      cells: [
        text(NAMES.status, record.status, f.status),
        text(NAMES.submittedAt, record.submittedAt, f.submittedAt),
        text(NAMES.digest, record.digest, f.digest),
        text(NAMES.history, record.history, f.history),
        text(NAMES.stamp, record.stamp, f.stamp),
      ],
    },
    { kind: "protect", sheetName, protect: true, previous: sheet.protected },
  ];
}

/** Why the sheet cannot be submitted (zh-CN), or null: already submitted, a score invalid or missing. */
function submissionRefusal(standard: Standard, state: ScoringSheetRead): string | null {
  if (state.submission.status === SUBMITTED)
    return t("finalize.already", { time: shortTime(String(state.submission.submittedAt ?? "")) });
  const scores = Object.fromEntries(Object.entries(state.entries).map(([c, e]) => [c, e.score]));
  const figures = sheetFigures(standard, Number(state.item), scores);
  const sep = t("sep.list");
  if (figures.errors.length > 0) {
    const list = figures.errors.map((r) => `${r.subItem.code} ${r.subItem.title}`).join(sep);
    return t("finalize.invalid", { count: figures.errors.length, list });
  }
  if (figures.blank.length > 0) {
    const list = figures.blank.map((s) => `${s.code} ${s.title}`).join(sep);
    return t("finalize.missing", { count: figures.blank.length, list });
  }
  return null;
}

/** The changes that submit the sheet; a refusal is thrown as a SheetOperationError. */
export async function planSubmission(
  standard: Standard,
  sheet: SheetToSubmit,
  now: Date
): Promise<Submission> {
  const { state } = sheet;
  const refusal = submissionRefusal(standard, state);
  if (refusal) throw new SheetOperationError(refusal);
  const submittedAt = localTimestamp(now);
  const digest = await submissionDigest({
    formatVersion: state.formatVersion,
    applicant: state.applicant,
    item: state.item,
    judge: state.judge,
    scores: Object.fromEntries(
      Object.entries(state.entries).map(([code, e]) => [code, e.score ?? null])
    ),
    identity: state.identity,
  });
  const history = [
    state.submission.history,
    t("finalize.historySubmit", { time: submittedAt, digest: digest.slice(0, 15) }),
  ]
    .filter(Boolean)
    .join("\n");
  const stamp = t("finalize.stamp", { time: shortTime(submittedAt) });
  const record = { status: SUBMITTED, submittedAt: submittedAt, digest, history, stamp };
  return { digest, submittedAt, changes: recordChanges(standard, sheet, record, true) };
}

/** The changes that reopen a submitted sheet; a sheet not submitted is refused. */
export function planReopening(
  standard: Standard,
  sheet: SheetToSubmit,
  now: Date
): WorkbookChange[] {
  const { state } = sheet;
  if (state.submission.status !== SUBMITTED)
    throw new SheetOperationError(t("finalize.notFinalized"));
  const at = localTimestamp(now);
  const history = [state.submission.history, t("finalize.historyReopen", { time: at })]
    .filter(Boolean)
    .join("\n");
  const stamp = t("finalize.reopenedStamp", { time: shortTime(at) });
  const record = { status: "", submittedAt: "", digest: "", history, stamp };
  return recordChanges(standard, sheet, record, false);
}
