/**
 * Finds every scoring sheet in a workbook by its format names and reads it: metadata, each
 * sub-item's score / 成熟度 / 评语, and the totals as cached in the file (which a caller must
 * not trust: recompute them with src/standard).
 */
import { NAMES, parseEntryName, type EntryField } from "../layout/format";
import type { CellValue } from "../layout/plan-types";
import { XlsxPackage, type SheetContent } from "./xlsx-package";

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
  };
}

/** "'My sheet'!$D$7" → { sheet: "My sheet", cell: "D7" }; null for ranges and other forms. */
export function parseNameRef(ref: string): { sheet: string; cell: string } | null {
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!\$?([A-Z]{1,3})\$?(\d+)$/.exec(ref.trim());
  if (!m) return null;
  return { sheet: (m[1] ?? m[2]).replace(/''/g, "'"), cell: `${m[3]}${m[4]}` };
}

/** Names of the format, grouped by the sheet their reference points to. */
export function formatNamesBySheet(pkg: XlsxPackage): Map<number, Record<string, string>> {
  const bySheet = new Map<number, Record<string, string>>();
  const indexByName = new Map(pkg.sheets.map((s) => [s.name, s.index]));
  for (const n of pkg.names) {
    if (!n.name.startsWith("MH_")) continue;
    const ref = parseNameRef(n.ref);
    if (!ref) continue;
    const index = indexByName.get(ref.sheet);
    if (index === undefined) continue;
    if (n.localSheetId !== undefined && n.localSheetId !== index) continue;
    const names = bySheet.get(index) ?? {};
    names[n.name] = ref.cell;
    bySheet.set(index, names);
  }
  for (const [index, names] of bySheet) if (!(NAMES.format in names)) bySheet.delete(index);
  return bySheet;
}

export function readScoringSheet(
  sheetName: string,
  sheetIndex: number,
  names: Record<string, string>,
  content: SheetContent
): ScoringSheetRead {
  const at = (name: string): CellValue => {
    const a = names[name];
    return a === undefined ? null : (content.cells.get(a)?.value ?? null);
  };
  const entries: ScoringSheetRead["entries"] = {};
  for (const [name, a] of Object.entries(names)) {
    const parsed = parseEntryName(name);
    if (!parsed) continue;
    (entries[parsed.code] ??= {})[parsed.field] = content.cells.get(a)?.value ?? null;
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
    entries,
    cached: {
      itemTotal: at(NAMES.itemTotal),
      valueTotal: at(NAMES.valueTotal),
      total: at(NAMES.total),
      percent: at(NAMES.percent),
      passLine: at(NAMES.passLine),
      scored: at(NAMES.scored),
      verdict: at(NAMES.verdict),
    },
  };
}

/** Every scoring sheet of an .xlsx, in sheet order. Sheets without MH_FORMAT are skipped. */
export async function readScoringSheets(
  data: Uint8Array | ArrayBuffer
): Promise<ScoringSheetRead[]> {
  const pkg = await XlsxPackage.open(data);
  const result: ScoringSheetRead[] = [];
  for (const [index, names] of [...formatNamesBySheet(pkg)].sort((a, b) => a[0] - b[0])) {
    const sheet = pkg.sheets[index];
    result.push(readScoringSheet(sheet.name, index, names, await pkg.readSheet(index)));
  }
  return result;
}
