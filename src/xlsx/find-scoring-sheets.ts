/**
 * Finds every scoring sheet in a workbook by its format names and reads it: metadata, each
 * sub-item's score / 成熟度 / 评语, and the totals as cached in the file (which a caller must
 * not trust: recompute them with src/standard).
 *
 * Names resolve as Excel resolves them: a sheet's own (sheet-scoped) name comes before a
 * workbook-scoped one of the same name. A name defined twice in one scope is a damaged file
 * (Excel repairs it): such a sheet is reported, not read.
 */
import { GUIDE_NAME, isFormatName, NAMES, STANDARD_NAME } from "../workbook-format/format-names";
import {
  parseNameRef,
  scoringSheetFromCells,
  type ScoringSheetRead,
} from "../workbook-format/sheet-from-names";
import { XlsxPackage, type DefinedNameEntry, type SheetContent } from "./xlsx-package";

export { parseNameRef, type ScoringSheetRead };

export interface SheetNames {
  /** Format name → cell address. */
  names: Record<string, string>;
  /** Names defined more than once in one scope for this sheet. */
  duplicates: string[];
}

interface Resolved {
  names: Map<string, { cell: string; local: boolean }>;
  duplicates: Set<string>;
}

function addName(sheet: Resolved, name: string, cell: string, local: boolean): void {
  const had = sheet.names.get(name);
  if (had && had.local === local) sheet.duplicates.add(name);
  if (!had || (local && !had.local)) sheet.names.set(name, { cell, local });
}

/** The sheet a format name belongs to, or undefined when it points elsewhere. */
const sheetKey = (name: string) => name.toLowerCase();

function sheetOfName(n: DefinedNameEntry, indexByName: Map<string, number>) {
  const ref = parseNameRef(n.ref);
  // Excel's sheet names are unique ignoring case, and a reference may spell one in another case.
  const index = ref ? indexByName.get(sheetKey(ref.sheet)) : undefined;
  if (!ref || index === undefined) return undefined;
  if (n.localSheetId !== undefined && n.localSheetId !== index) return undefined;
  return { index, cell: ref.cell };
}

/** The names `accept` takes, grouped by the sheet their reference points to (sheet-scoped first). */
export function namesBySheet(
  pkg: XlsxPackage,
  accept: (name: string) => boolean
): Map<number, SheetNames> {
  const resolved = new Map<number, Resolved>();
  const indexByName = new Map(pkg.sheets.map((s) => [sheetKey(s.name), s.index]));
  for (const n of pkg.names) {
    if (!accept(n.name)) continue;
    const at = sheetOfName(n, indexByName);
    if (!at) continue;
    let sheet = resolved.get(at.index);
    if (!sheet) resolved.set(at.index, (sheet = { names: new Map(), duplicates: new Set() }));
    addName(sheet, n.name, at.cell, n.localSheetId !== undefined);
  }
  const bySheet = new Map<number, SheetNames>();
  for (const [index, sheet] of [...resolved].sort((a, b) => a[0] - b[0])) {
    const names = Object.fromEntries([...sheet.names].map(([name, v]) => [name, v.cell]));
    bySheet.set(index, { names, duplicates: [...sheet.duplicates].sort() });
  }
  return bySheet;
}

/** Names of the format, grouped by the sheet their reference points to; scoring sheets only. */
export function formatNamesBySheet(pkg: XlsxPackage): Map<number, SheetNames> {
  const bySheet = namesBySheet(pkg, isFormatName);
  // A scoring sheet carries MH_FORMAT; the 评分指引 sheet (MH_GUIDE) is never one.
  for (const [index, { names }] of bySheet)
    if (!(NAMES.format in names) || GUIDE_NAME in names) bySheet.delete(index);
  return bySheet;
}

/** Each sheet's MH_STANDARD: a sheet-scoped name whose value is a string constant ("…"). */
export function standardTagsBySheet(pkg: XlsxPackage): Map<number, string> {
  const tags = new Map<number, string>();
  for (const n of pkg.names) {
    if (n.name !== STANDARD_NAME || n.localSheetId === undefined) continue;
    const m = /^"((?:[^"]|"")*)"$/.exec(n.ref.trim());
    if (m && !tags.has(n.localSheetId)) tags.set(n.localSheetId, m[1].replace(/""/g, '"'));
  }
  return tags;
}

export function readScoringSheet(
  sheetName: string,
  sheetIndex: number,
  names: Record<string, string>,
  content: SheetContent,
  standard: string | null = null
): ScoringSheetRead {
  const valueAt = (a: string) => content.cells.get(a)?.value;
  return scoringSheetFromCells(sheetName, sheetIndex, names, valueAt, standard);
}

/** Every scoring sheet of an .xlsx, in sheet order. Sheets without MH_FORMAT are skipped. */
export async function readScoringSheets(
  data: Uint8Array | ArrayBuffer
): Promise<ScoringSheetRead[]> {
  const pkg = await XlsxPackage.open(data);
  const result: ScoringSheetRead[] = [];
  const tags = standardTagsBySheet(pkg);
  for (const [index, { names }] of formatNamesBySheet(pkg)) {
    const sheet = pkg.sheets[index];
    const content = await pkg.readSheet(index);
    result.push(readScoringSheet(sheet.name, index, names, content, tags.get(index) ?? null));
  }
  return result;
}
