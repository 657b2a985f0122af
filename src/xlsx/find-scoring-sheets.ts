/**
 * Finds every scoring sheet in a workbook by its format names and reads it: metadata, each
 * sub-item's score / 成熟度 / 评语, and the totals as cached in the file (which a caller must
 * not trust: recompute them with src/standard).
 */
import { GUIDE_NAME, NAMES } from "../workbook-format/format-names";
import {
  parseNameRef,
  scoringSheetFromCells,
  type ScoringSheetRead,
} from "../workbook-format/sheet-from-names";
import { XlsxPackage, type SheetContent } from "./xlsx-package";

export { parseNameRef, type ScoringSheetRead };

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
  // A scoring sheet carries MH_FORMAT; the 评分指引 sheet (MH_GUIDE) is never one.
  for (const [index, names] of bySheet)
    if (!(NAMES.format in names) || GUIDE_NAME in names) bySheet.delete(index);
  return bySheet;
}

export function readScoringSheet(
  sheetName: string,
  sheetIndex: number,
  names: Record<string, string>,
  content: SheetContent
): ScoringSheetRead {
  return scoringSheetFromCells(sheetName, sheetIndex, names, (a) => content.cells.get(a)?.value);
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
