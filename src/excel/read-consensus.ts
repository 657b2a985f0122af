/**
 * The 共识 sheets of the open workbook, read through Office.js in two syncs (the sheet list, then
 * every sheet's names and values at once): each sheet carrying MH_C_FORMAT, its consensus entries
 * picked out by name. The pane's consolidation takes them into account (src/consolidate/consensus.ts).
 */
import { itemNumbers, subItemsForItem, type Standard } from "../standard";
import {
  consensusSheetFromCells,
  isConsensusSheet,
  type ConsensusSheetRead,
} from "../workbook-format/consensus-read";
import { cellLookup, namesOf, queueSnapshot, type SheetSnapshot } from "./sheet-snapshot";

export async function readConsensusSheets(
  context: Excel.RequestContext,
  standard: Standard,
  file: string
): Promise<ConsensusSheetRead[]> {
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  const snapshots: [string, SheetSnapshot][] = sheets.items.map((s) => [s.name, queueSnapshot(s)]);
  await context.sync();
  const codes = [
    ...new Set(
      itemNumbers(standard).flatMap((i) => subItemsForItem(standard, i).map((s) => s.code))
    ),
  ];
  const out: ConsensusSheetRead[] = [];
  for (const [sheetName, snapshot] of snapshots) {
    const names = namesOf(snapshot);
    if (!isConsensusSheet(names)) continue;
    const at = cellLookup(snapshot.used, snapshot.used.values);
    out.push(consensusSheetFromCells(file, sheetName, names, codes, at));
  }
  return out;
}
