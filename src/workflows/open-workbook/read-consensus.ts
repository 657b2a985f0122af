/**
 * The 共识 sheets of the open workbook, read in two round trips (the sheet list, then every sheet
 * at once): each sheet carrying MH_C_FORMAT, its consensus entries picked out by name.
 */
import { itemNumbers, subItemsForItem, type Standard } from "../../standard";
import {
  consensusSheetFromCells,
  isConsensusSheet,
  type ConsensusSheetRead,
} from "../../workbook-format/consensus-read";
import type { WorkbookPort } from "../../workbook-format/workbook-port";

export async function readConsensusSheets(
  port: WorkbookPort,
  standard: Standard,
  file: string
): Promise<ConsensusSheetRead[]> {
  const sheets = await port.readSheets("all");
  const codes = [
    ...new Set(
      itemNumbers(standard).flatMap((i) => subItemsForItem(standard, i).map((s) => s.code))
    ),
  ];
  return sheets
    .filter((sheet) => isConsensusSheet(sheet.names))
    .map((sheet) =>
      consensusSheetFromCells(file, sheet.sheetName, sheet.names, codes, sheet.value)
    );
}
