/**
 * The roster workbook's sheets as tables (src/round/roster-format.ts): header texts from row 1,
 * then every row below that holds anything. Which sheet is which goes by its name; what each
 * column means goes by its header. The checks are src/round's.
 */
import { columnLetter, parseAddress } from "../sheet-kit/cell-address";
import type { CellValue } from "../sheet-kit/plan-types";
import { ROSTER_SHEETS, type RosterTable, type RosterTables } from "../round/roster-format";
import { XlsxPackage, type SheetContent } from "./xlsx-package";

const blank = (v: CellValue | undefined) =>
  v === null || v === undefined || String(v).trim() === "";

function tableOf(sheet: string, content: SheetContent): RosterTable {
  const headerByColumn = new Map<number, string>();
  const byRow = new Map<number, Map<number, CellValue>>();
  for (const [address, cell] of content.cells) {
    const { column, row } = parseAddress(address);
    if (row === 1) {
      if (!blank(cell.value)) headerByColumn.set(column, String(cell.value).trim());
    } else if (!blank(cell.value)) {
      const cells = byRow.get(row) ?? new Map<number, CellValue>();
      cells.set(column, cell.value);
      byRow.set(row, cells);
    }
  }
  const headers: Record<string, string> = {};
  for (const [column, header] of [...headerByColumn].sort((a, b) => a[0] - b[0]))
    if (!(header in headers)) headers[header] = columnLetter(column);
  const rows = [...byRow]
    .sort((a, b) => a[0] - b[0])
    .map(([row, cells]) => {
      const values: Record<string, CellValue> = {};
      for (const [column, header] of headerByColumn)
        if (headers[header] === columnLetter(column)) values[header] = cells.get(column) ?? null;
      return { row, values };
    })
    .filter((r) => Object.values(r.values).some((v) => !blank(v)));
  return { sheet, headers, rows };
}

/** The roster's sheets present in the workbook, by name. */
export async function readRosterTables(data: Uint8Array | ArrayBuffer): Promise<RosterTables> {
  const pkg = await XlsxPackage.open(data);
  const tables: RosterTables = {};
  for (const name of Object.values(ROSTER_SHEETS)) {
    const sheet = pkg.sheets.find((s) => s.name.trim() === name);
    if (sheet) tables[name] = tableOf(name, await pkg.readSheet(sheet.index));
  }
  return tables;
}
