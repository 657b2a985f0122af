/**
 * The workbook format's contract: the worksheet-scoped defined names a scoring sheet carries.
 * Documented in docs/workbook-format.md; bump FORMAT_VERSION when a name's meaning changes.
 */

export const FORMAT_VERSION = 1;

export const NAMES = {
  format: "MH_FORMAT",
  applicant: "MH_APPLICANT",
  item: "MH_ITEM",
  judge: "MH_JUDGE",
  date: "MH_DATE",
  itemTotal: "MH_ITEM_TOTAL",
  valueTotal: "MH_VALUE_TOTAL",
  total: "MH_TOTAL",
  percent: "MH_PERCENT",
  passLine: "MH_PASS_LINE",
  scored: "MH_SCORED",
  verdict: "MH_VERDICT",
  /** The sheet's number of scoring-quality warnings (src/standard/warnings.ts); never changes the verdict. */
  warnings: "MH_WARNINGS",
  /** "" while open, "已提交" once submitted. */
  status: "MH_STATUS",
  /** ISO timestamp of the last submission ("" when open). */
  submittedAt: "MH_FINAL_AT",
  /** SHA-256 (hex) of the submitted content; see submission-digest.ts. */
  digest: "MH_DIGEST",
  /** One line per submission and reopening, newest last. */
  history: "MH_HISTORY",
  /** The visible stamp in the application block. */
  stamp: "MH_STAMP",
} as const;

/** A sheet's identity in an award round (distributed from a roster): present on such sheets only. */
export const IDENTITY_NAMES = {
  /** The round's name (名册 轮次 → 名称). */
  round: "MH_ROUND",
  /** 申报编号. */
  applicationId: "MH_APP_ID",
  /** 评委编号. */
  judgeId: "MH_JUDGE_ID",
} as const;

/** The name that marks the 评分指引 sheet (never a scoring sheet); its cell lists the items it covers ("1,3"). */
export const GUIDE_NAME = "MH_GUIDE";

/**
 * Every sheet the tool writes names the standard it was made under: a sheet-scoped name whose
 * value is the text "<id>@<version>" (standardTag), not a cell — so it travels with a copied sheet.
 */
export const STANDARD_NAME = "MH_STANDARD";

export const SUBMITTED = "已提交";

/** Per sub-item names: score, 成熟度, 评语·优点, 评语·改进机会. */
export type EntryField = "score" | "maturity" | "strength" | "improvement";

const ENTRY_PREFIX: Record<EntryField, string> = {
  score: "MH_S_",
  maturity: "MH_M_",
  strength: "MH_STR_",
  improvement: "MH_OFI_",
};

/** ("score", "1.3") → "MH_S_1_3". */
export function entryName(field: EntryField, code: string): string {
  return ENTRY_PREFIX[field] + code.replace(".", "_");
}

/** "MH_S_1_3" → { field: "score", code: "1.3" }; null for other names. */
export function parseEntryName(name: string): { field: EntryField; code: string } | null {
  for (const field of Object.keys(ENTRY_PREFIX) as EntryField[]) {
    const prefix = ENTRY_PREFIX[field];
    if (name.startsWith(prefix)) {
      const m = /^(\d+)_(\d+)$/.exec(name.slice(prefix.length));
      if (m) return { field, code: `${m[1]}.${m[2]}` };
    }
  }
  return null;
}

/** Status codes of the hidden helper column, one per sub-item row. */
export const STATUS = { blank: "空", ok: "好", invalid: "错" } as const;

const FIXED_NAMES = new Set<string>([
  ...Object.values(NAMES),
  ...Object.values(IDENTITY_NAMES),
  GUIDE_NAME,
]);

/** Is this one of the format's names (fixed, identity or per sub-item)? Others are not read. */
export function isFormatName(name: string): boolean {
  return FIXED_NAMES.has(name) || parseEntryName(name) !== null;
}

/**
 * The names of a 共识 (consensus) sheet, one sheet per application: its identity, the consensus
 * total and verdict, the discussion notes, and per sub-item the consensus entries (consensusName).
 */
export const CONSENSUS_NAMES = {
  /** The consensus sheet format's version (1): marks a sheet as a 共识 sheet. */
  format: "MH_C_FORMAT",
  applicant: "MH_C_APPLICANT",
  /** The item number 1–5. */
  item: "MH_C_ITEM",
  /** 申报编号, when the consolidation used a roster. */
  applicationId: "MH_C_APP_ID",
  /** The round's name (名册 → 轮次 → 名称), when the consolidation used a roster (hidden cell). */
  round: "MH_C_ROUND",
  total: "MH_C_TOTAL",
  verdict: "MH_C_VERDICT",
  notes: "MH_C_NOTES",
} as const;

const CONSENSUS_PREFIX: Record<Exclude<EntryField, never>, string> = {
  score: "MH_CS_",
  maturity: "MH_CM_",
  strength: "MH_CSTR_",
  improvement: "MH_COFI_",
};

/** "MH_CS_2_1": the consensus entry `field` of sub-item "2.1". */
export function consensusName(field: EntryField, code: string): string {
  return CONSENSUS_PREFIX[field] + code.replace(".", "_");
}
