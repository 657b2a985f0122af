/**
 * A 共识 (consensus) sheet as read by any host, from its worksheet-scoped names
 * (CONSENSUS_NAMES, consensusName): the application it is for and the consensus entries.
 */
import type { CellValue } from "../sheet-kit/plan-types";
import { CONSENSUS_NAMES, consensusName, type EntryField } from "./format-names";

export interface ConsensusSheetRead {
  /** The 共识 workbook it came from (as the secretariat named it). */
  file: string;
  sheetName: string;
  applicant: string;
  item: number | null;
  applicationId: string | null;
  /** The round it was made for (MH_C_ROUND); null on sheets made without a roster or before it existed. */
  round: string | null;
  /** MH_C_FORMAT's value: 1 for the format this reader knows. */
  formatVersion: CellValue;
  /** Where the identity cells are ("C2"), for problems about them. */
  cells: { applicant: string; item: string; applicationId: string; round: string; format: string };
  /** Consensus entries by sub-item code ("2.1"), as the cells hold them. */
  entries: Record<string, Partial<Record<EntryField, CellValue>>>;
  notes: CellValue;
}

const FIELDS: EntryField[] = ["score", "maturity", "strength", "improvement"];
const text = (v: CellValue | undefined) => (v === null || v === undefined ? "" : String(v).trim());

/** Is this sheet (by its names) a 共识 sheet? */
export const isConsensusSheet = (names: Record<string, string>) => CONSENSUS_NAMES.format in names;

export function consensusSheetFromCells(
  file: string,
  sheetName: string,
  names: Record<string, string>,
  codes: readonly string[],
  valueAt: (address: string) => CellValue | undefined
): ConsensusSheetRead {
  const at = (name: string): CellValue => {
    const a = names[name];
    const v = a === undefined ? null : valueAt(a);
    return v === undefined || v === "" ? null : v;
  };
  const entries: ConsensusSheetRead["entries"] = {};
  for (const code of codes)
    for (const field of FIELDS)
      if (consensusName(field, code) in names)
        (entries[code] ??= {})[field] = at(consensusName(field, code));
  const item = Number(text(at(CONSENSUS_NAMES.item)));
  return {
    file,
    sheetName,
    applicant: text(at(CONSENSUS_NAMES.applicant)),
    item: Number.isInteger(item) && item > 0 ? item : null,
    applicationId: text(at(CONSENSUS_NAMES.applicationId)) || null,
    round: text(at(CONSENSUS_NAMES.round)) || null,
    formatVersion: at(CONSENSUS_NAMES.format),
    cells: {
      applicant: names[CONSENSUS_NAMES.applicant] ?? "",
      item: names[CONSENSUS_NAMES.item] ?? "",
      applicationId: names[CONSENSUS_NAMES.applicationId] ?? "",
      round: names[CONSENSUS_NAMES.round] ?? "",
      format: names[CONSENSUS_NAMES.format] ?? "",
    },
    entries,
    notes: at(CONSENSUS_NAMES.notes),
  };
}
