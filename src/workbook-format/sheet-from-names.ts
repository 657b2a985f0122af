/**
 * Reading a scoring sheet through its names, whatever the host: the .xlsx reader and the
 * Office.js reader both find the names' cells and hand over a lookup of cell values.
 */
import { SUBMITTED, IDENTITY_NAMES, NAMES, parseEntryName, type EntryField } from "./format-names";
import type { CellValue } from "../sheet-kit/plan-types";

export interface ScoringSheetRead {
  sheetName: string;
  sheetIndex: number;
  /** Defined name → cell address on this sheet ("D7"). */
  names: Record<string, string>;
  formatVersion: CellValue;
  applicant: CellValue;
  item: CellValue;
  judge: CellValue;
  date: CellValue;
  /** The standard it was made under (MH_STANDARD, "<id>@<version>"); null on sheets written before it existed. */
  standard: string | null;
  /** Its identity in a round (MH_ROUND, MH_APP_ID, MH_JUDGE_ID); null on sheets made without a roster. */
  identity: { round: string; applicationId: string; judgeId: string } | null;
  /** By sub-item code ("2.1"), the raw content of each input cell present. */
  entries: Record<string, Partial<Record<EntryField, CellValue>>>;
  /** Figures as stored in the file (formula results cached by the last program that saved it). */
  cached: {
    itemTotal: CellValue;
    valueTotal: CellValue;
    total: CellValue;
    percent: CellValue;
    passLine: CellValue;
    scored: CellValue;
    verdict: CellValue;
    /** MH_WARNINGS; null on sheets written before warnings existed. */
    warnings: CellValue;
  };
  submission: {
    status: CellValue;
    submittedAt: CellValue;
    digest: CellValue;
    history: CellValue;
    stamp: CellValue;
  };
}

/** Blank cells read as null, whether a host reports them as null, undefined or "". */
function normalize(v: CellValue | undefined): CellValue {
  return v === undefined || v === "" ? null : v;
}

export function scoringSheetFromCells(
  sheetName: string,
  sheetIndex: number,
  names: Record<string, string>,
  valueAt: (address: string) => CellValue | undefined,
  /** The sheet's MH_STANDARD text, which names no cell (the host reads it with the names). */
  standard: string | null = null
): ScoringSheetRead {
  const at = (name: string): CellValue => {
    const a = names[name];
    return a === undefined ? null : normalize(valueAt(a));
  };
  const entries: ScoringSheetRead["entries"] = {};
  for (const [name, a] of Object.entries(names)) {
    const parsed = parseEntryName(name);
    if (!parsed) continue;
    (entries[parsed.code] ??= {})[parsed.field] = normalize(valueAt(a));
  }
  return {
    sheetName,
    sheetIndex,
    names,
    formatVersion: at(NAMES.format),
    applicant: at(NAMES.applicant),
    item: at(NAMES.item),
    judge: at(NAMES.judge),
    date: at(NAMES.date),
    standard,
    identity: identityOf(names, at),
    entries,
    cached: {
      itemTotal: at(NAMES.itemTotal),
      valueTotal: at(NAMES.valueTotal),
      total: at(NAMES.total),
      percent: at(NAMES.percent),
      passLine: at(NAMES.passLine),
      scored: at(NAMES.scored),
      verdict: at(NAMES.verdict),
      warnings: at(NAMES.warnings),
    },
    submission: {
      status: at(NAMES.status),
      submittedAt: at(NAMES.submittedAt),
      digest: at(NAMES.digest),
      history: at(NAMES.history),
      stamp: at(NAMES.stamp),
    },
  };
}

/** The sheet's identity when it carries all three names (text, trimmed); null otherwise. */
function identityOf(
  names: Record<string, string>,
  at: (name: string) => CellValue
): ScoringSheetRead["identity"] {
  const n = IDENTITY_NAMES;
  if (!(n.round in names && n.applicationId in names && n.judgeId in names)) return null;
  const text = (name: string) => String(at(name) ?? "").trim();
  return { round: text(n.round), applicationId: text(n.applicationId), judgeId: text(n.judgeId) };
}

/** "'My sheet'!$D$7" or "=Sheet1!D7" → { sheet, cell: "D7" }; null for ranges and other forms. */
export function parseNameRef(ref: string): { sheet: string; cell: string } | null {
  const m = /^=?(?:'((?:[^']|'')+)'|([^'!]+))!\$?([A-Z]{1,3})\$?(\d+)$/.exec(ref.trim());
  if (!m) return null;
  return { sheet: (m[1] ?? m[2]).replace(/''/g, "'"), cell: `${m[3]}${m[4]}` };
}

/**
 * Was the sheet submitted? Any trace counts — the status, the time or the digest — so a sheet
 * whose hidden status cell was cleared after 提交评分 is still verified against its digest.
 * (撤销提交 clears all three.)
 */
export function isSubmitted(f: ScoringSheetRead["submission"]): boolean {
  return f.status === SUBMITTED || hasText(f.submittedAt) || hasText(f.digest);
}

/** Some of the submission record is there but the status is not 已提交: it was tampered with. */
export function submissionIncomplete(f: ScoringSheetRead["submission"]): boolean {
  return isSubmitted(f) && f.status !== SUBMITTED;
}

const hasText = (v: CellValue) => v !== null && String(v).trim() !== "";
