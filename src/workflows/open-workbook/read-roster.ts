/**
 * The roster (名册) in the open workbook, as tables for src/round: two round trips — the sheet
 * names, then the used range of every roster sheet present. Null when the workbook holds no roster.
 * A sheet is known by its name with spaces trimmed (a name typed " 评委" is still the 评委 sheet).
 */
import { ROSTER_SHEETS, rosterTableFromGrid, type RosterTables } from "../../round";
import type { WorkbookPort } from "../../workbook-format/workbook-port";

const ROSTER_NAMES: string[] = Object.values(ROSTER_SHEETS);

export async function readRosterTables(port: WorkbookPort): Promise<RosterTables | null> {
  const present = (await port.sheetNames())
    .map((sheetName) => ({ sheetName, name: sheetName.trim() }))
    .filter(
      ({ name }, i, all) =>
        ROSTER_NAMES.includes(name) && all.findIndex((x) => x.name === name) === i
    );
  const names = present.map((p) => p.name);
  if (!names.includes(ROSTER_SHEETS.applications) && !names.includes(ROSTER_SHEETS.judges))
    return null;
  const grids = await port.readGrids(present.map((p) => p.sheetName));
  const tables: RosterTables = {};
  for (const { sheetName, name } of present) {
    const grid = grids[sheetName];
    const table = grid
      ? rosterTableFromGrid(name, grid.values, grid.row, grid.column)
      : rosterTableFromGrid(name, [], 1, 1);
    tables[name] = grid?.hidden ? { ...table, hidden: true } : table;
  }
  return tables;
}
