/**
 * The 审定 sheet of the summary workbook, as a format: its sheet-scoped names, its columns, the
 * record of each row as the tool wrote it (kept in a hidden cell), and the reading of the
 * committee's votes and conclusions back — by 申报编号, checked against that record, every
 * problem naming the file, the sheet and the cell. Host-free: a host gives the cells.
 */
import { APPROVAL_LABEL, approvalOfText, decidedApproval, isVoteCount } from "../standard";
import type { Approval, Votes, VoteCell } from "../standard";
import { columnNumber, parseAddress } from "../sheet-kit/cell-address";
import type { CellValue } from "../sheet-kit/plan-types";
import { t } from "../strings";

export const APPROVAL_NAMES = {
  /** 1: marks the 审定 sheet (hidden cell). */
  format: "MH_A_FORMAT",
  /** The round's name (hidden cell). */
  round: "MH_A_ROUND",
  /** The rows as the tool wrote them, JSON (hidden cell): what a row's 申报编号 is checked against. */
  rows: "MH_A_ROWS",
  /** The first row's 申报编号 cell. */
  first: "MH_A_FIRST",
  /** The first cell below the table (a row inserted above it is read too). */
  end: "MH_A_END",
} as const;

export const APPROVAL_FORMAT_VERSION = 1;

/** Columns of the 审定 sheet. */
export const APPROVAL_COLUMNS = {
  id: "A",
  applicant: "B",
  item: "C",
  final: "D",
  rank: "E",
  proposal: "F",
  yes: "G",
  no: "H",
  abstain: "I",
  suggested: "J",
  conclusion: "K",
  /** Hidden: the format's cells. */
  helper: "L",
} as const;

/** One row as the tool wrote it. */
export interface ApprovalRecord {
  /** 申报编号 (null when the round was consolidated without a roster). */
  id: string | null;
  applicant: string;
  item: number;
  /** The item's title (标准创新 …). */
  itemTitle: string;
  /** What column C shows ("1. 标准创新"). */
  itemLabel: string;
  final: number | null;
  rank: number | null;
  /** 拟获奖 or 并列待定. */
  proposal: string;
}

/** How a row is known: its 申报编号, or (without a roster) its 申报组织 and 申报单项 as shown. */
export const approvalKey = (id: string | null, applicant: string, itemLabel: string) =>
  id ? `#${id}` : `${applicant}\u0000${itemLabel}`;

export interface DecidedRow {
  record: ApprovalRecord;
  votes: Votes;
  /** 审定结论 as set, else the votes' suggestion; null: not decided yet. */
  decision: Approval | null;
}

export type ApprovalRead =
  | { ok: true; roundName: string; rows: DecidedRow[]; problems: string[] }
  | { ok: false; message: string };

type ValueAt = (address: string) => CellValue | undefined;

const text = (v: CellValue | undefined) => (v === null || v === undefined ? "" : String(v).trim());
const cellOf = (v: CellValue | undefined): VoteCell => (v === undefined || v === "" ? null : v);

/** The tool's record of the rows, or null when the hidden cell is not what the tool wrote. */
function recordsOf(json: string): ApprovalRecord[] | null {
  try {
    const rows: unknown = JSON.parse(json);
    if (!Array.isArray(rows)) return null;
    const ok = rows.every(
      (r) =>
        r !== null &&
        typeof r === "object" &&
        typeof r.applicant === "string" &&
        typeof r.itemLabel === "string" &&
        typeof r.itemTitle === "string" &&
        Number.isInteger(r.item) &&
        (r.id === null || typeof r.id === "string")
    );
    return ok ? (rows as ApprovalRecord[]) : null;
  } catch {
    return null;
  }
}

/** Whether the sheet (by its names) is a 审定 sheet. */
export const isApprovalSheet = (names: Record<string, string>) => APPROVAL_NAMES.format in names;

const rowOf = (names: Record<string, string>, name: string) => {
  const a = names[name];
  return a === undefined ? null : parseAddress(a.replace(/\$/g, "")).row;
};

/** The 审定 sheet's rows read back, with every problem; `file` and `sheet` name them. */
export function approvalFromCells(
  file: string,
  sheet: string,
  names: Record<string, string>,
  valueAt: ValueAt
): ApprovalRead {
  const at = (name: string) => (names[name] ? valueAt(names[name].replace(/\$/g, "")) : undefined);
  const first = rowOf(names, APPROVAL_NAMES.first);
  const end = rowOf(names, APPROVAL_NAMES.end);
  const records = recordsOf(text(at(APPROVAL_NAMES.rows)));
  const damaged = t("approval.damaged", { file, sheet });
  if (Number(at(APPROVAL_NAMES.format)) !== APPROVAL_FORMAT_VERSION)
    return { ok: false, message: damaged };
  if (first === null || end === null || end < first || records === null)
    return { ok: false, message: damaged };
  const where = (cell: string) => t("approval.where", { file, sheet, cell });
  const byKey = new Map(records.map((r) => [approvalKey(r.id, r.applicant, r.itemLabel), r]));
  const seen = new Map<string, string>();
  const problems: string[] = [];
  const rows: DecidedRow[] = [];
  for (let r = first; r < end; r++) {
    const row = readRow(r, valueAt, where, problems);
    if (!row) continue;
    const record = byKey.get(row.key);
    const idCell = `${APPROVAL_COLUMNS.id}${r}`;
    if (!record) {
      problems.push(`${where(idCell)}${t("approval.unknownRow", { id: row.shown })}`);
      continue;
    }
    const other = seen.get(row.key);
    if (other !== undefined) {
      problems.push(`${where(idCell)}${t("approval.duplicateRow", { id: row.shown, other })}`);
      continue;
    }
    seen.set(row.key, idCell);
    if (!row.valid) continue;
    const decision = decidedApproval(row.votes, row.conclusion);
    if (decision === null)
      problems.push(`${where(idCell)}${t("approval.undecided", { id: row.shown })}`);
    rows.push({ record, votes: row.votes, decision });
  }
  for (const [key, record] of byKey)
    if (!seen.has(key))
      problems.push(t("approval.missingRow", { file, sheet, id: record.id ?? record.applicant }));
  return { ok: true, roundName: text(at(APPROVAL_NAMES.round)), rows, problems };
}

interface RowRead {
  key: string;
  /** How the row is named in a problem: its 申报编号, else its 申报组织. */
  shown: string;
  votes: Votes;
  conclusion: Approval | null;
  /** False when a count or the conclusion is not admissible (each is a problem). */
  valid: boolean;
}

const VOTE_COLUMNS = [
  ["for", APPROVAL_COLUMNS.yes, "approval.col.yes"],
  ["against", APPROVAL_COLUMNS.no, "approval.col.no"],
  ["abstain", APPROVAL_COLUMNS.abstain, "approval.col.abstain"],
] as const;

/** Row `r`, or null when it is blank (every column from 申报编号 to 审定结论). */
function readRow(
  r: number,
  valueAt: ValueAt,
  where: (cell: string) => string,
  problems: string[]
): RowRead | null {
  const C = APPROVAL_COLUMNS;
  const span = columnNumber(C.conclusion) - columnNumber(C.id) + 1;
  const letters = Array.from({ length: span }, (_, k) => String.fromCharCode(65 + k));
  if (letters.every((c) => text(valueAt(`${c}${r}`)) === "")) return null;
  const id = text(valueAt(`${C.id}${r}`));
  const applicant = text(valueAt(`${C.applicant}${r}`));
  const key = approvalKey(id || null, applicant, text(valueAt(`${C.item}${r}`)));
  let valid = true;
  const votes = { for: null, against: null, abstain: null } as Votes;
  for (const [field, column, head] of VOTE_COLUMNS) {
    const v = cellOf(valueAt(`${column}${r}`));
    votes[field] = v;
    if (isVoteCount(v)) continue;
    valid = false;
    problems.push(
      `${where(`${column}${r}`)}${t("approval.badVote", { column: t(head), value: String(v) })}`
    );
  }
  const typed = text(valueAt(`${C.conclusion}${r}`));
  const conclusion = typed === "" ? null : approvalOfText(typed);
  if (typed !== "" && conclusion === null) {
    valid = false;
    const words = Object.values(APPROVAL_LABEL).join(t("sep.list"));
    problems.push(
      `${where(`${C.conclusion}${r}`)}${t("approval.badConclusion", { value: typed, words })}`
    );
  }
  return { key, shown: id || applicant, votes, conclusion, valid };
}
