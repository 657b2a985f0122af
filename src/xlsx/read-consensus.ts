/**
 * The 共识 workbook as the file host reads it: every sheet carrying MH_C_FORMAT, its consensus
 * entries by name. A file that cannot be read, or holds no 共识 sheet, is a message in zh-CN.
 */
import { subItemsForItem, itemNumbers, type Standard } from "../standard";
import { t } from "../strings";
import {
  consensusSheetFromCells,
  isConsensusSheet,
  type ConsensusSheetRead,
} from "../workbook-format";
import { namesBySheet } from "./find-scoring-sheets";
import { failure, openScoringWorkbook } from "./open-scoring-workbook";
import { XlsxPackage, type SheetContent } from "./xlsx-package";

export type ConsensusRead =
  { ok: true; sheets: ConsensusSheetRead[] } | { ok: false; message: string };

const isConsensusName = (name: string) => /^MH_C(_|S_|M_|STR_|OFI_)/.test(name);

export async function readConsensusWorkbook(
  bytes: Uint8Array,
  file: string,
  standard: Standard
): Promise<ConsensusRead> {
  let pkg: XlsxPackage;
  try {
    pkg = await XlsxPackage.open(bytes);
  } catch {
    // The reader's own checks say why, in zh-CN (the same as for a judge's file).
    const opened = await openScoringWorkbook(bytes);
    return { ok: false, message: opened.ok ? t("problem.detail.other") : opened.message };
  }
  const allCodes = itemNumbers(standard).flatMap((i) =>
    subItemsForItem(standard, i).map((s) => s.code)
  );
  const codes = [...new Set(allCodes)];
  const sheets: ConsensusSheetRead[] = [];
  for (const [index, { names }] of namesBySheet(pkg, isConsensusName)) {
    if (!isConsensusSheet(names)) continue;
    let content: SheetContent;
    try {
      content = await pkg.readSheet(index, new Set(Object.values(names)));
    } catch (e) {
      // A sheet that cannot be read (damaged XML, a cell holding two values …), with its reason.
      return { ok: false, message: failure(e).message };
    }
    const name = pkg.sheets[index].name;
    const valueAt = (a: string) => content.cells.get(a)?.value;
    sheets.push(consensusSheetFromCells(file, name, names, codes, valueAt));
  }
  if (sheets.length === 0) return { ok: false, message: t("problem.noConsensusSheet") };
  return { ok: true, sheets };
}
