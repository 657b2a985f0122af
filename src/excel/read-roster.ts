/**
 * The roster (名册) in the open workbook, as tables for src/round: two syncs — the sheet names,
 * then the used range of every roster sheet present. Null when the workbook holds no roster sheet.
 */
import { ROSTER_SHEETS, rosterTableFromGrid, type RosterTables } from "../round";
import type { CellValue } from "../sheet-kit/plan-types";

const ROSTER_NAMES: string[] = Object.values(ROSTER_SHEETS);

export async function readRosterTables(
  context: Excel.RequestContext
): Promise<RosterTables | null> {
  const sheets = context.workbook.worksheets.load("items/name");
  await context.sync();
  const present = sheets.items
    .map((sheet) => ({ sheet, name: sheet.name.trim() }))
    .filter(
      ({ name }, i, all) =>
        ROSTER_NAMES.includes(name) && all.findIndex((x) => x.name === name) === i
    );
  if (
    !present.some(
      ({ name }) => name === ROSTER_SHEETS.applications || name === ROSTER_SHEETS.judges
    )
  )
    return null;
  const ranges = present.map(({ sheet, name }) => ({
    name,
    range: sheet.getUsedRangeOrNullObject(true).load("values,rowIndex,columnIndex"),
  }));
  await context.sync();
  const tables: RosterTables = {};
  for (const { name, range } of ranges) {
    tables[name] = range.isNullObject
      ? rosterTableFromGrid(name, [], 1, 1)
      : rosterTableFromGrid(
          name,
          range.values as CellValue[][],
          range.rowIndex + 1,
          range.columnIndex + 1
        );
  }
  return tables;
}
