/**
 * One roster sheet as a table, from its non-empty cells however a host found them (an .xlsx
 * package, an Excel used range): header texts from row 1, then every row below that holds
 * anything. Both hosts call this, so a roster reads the same in the CLI and in the pane.
 */
import { columnLetter } from "../sheet-kit/cell-address";
import type { CellValue } from "../sheet-kit/plan-types";
import type { RosterTable } from "./roster-format";

/** A cell as a host read it: 1-based row and column. */
export interface RosterCell {
  row: number;
  column: number;
  value: CellValue;
}

const blank = (v: CellValue | undefined) =>
  v === null || v === undefined || String(v).trim() === "";

/** Header text → column number, the first column winning when a header repeats. */
function headersOf(cells: RosterCell[]): Map<string, number> {
  const headers = new Map<string, number>();
  const row1 = cells.filter((c) => c.row === 1 && !blank(c.value));
  for (const c of row1.sort((a, b) => a.column - b.column)) {
    const text = String(c.value).trim();
    if (!headers.has(text)) headers.set(text, c.column);
  }
  return headers;
}

export function rosterTable(sheet: string, cells: Iterable<RosterCell>): RosterTable {
  const all = [...cells];
  const headerColumns = headersOf(all);
  const byRow = new Map<number, Map<number, CellValue>>();
  for (const c of all) {
    if (c.row === 1 || blank(c.value)) continue;
    const row = byRow.get(c.row) ?? new Map<number, CellValue>();
    row.set(c.column, c.value);
    byRow.set(c.row, row);
  }
  const headers: Record<string, string> = {};
  for (const [text, column] of headerColumns) headers[text] = columnLetter(column);
  const rows = [...byRow]
    .sort((a, b) => a[0] - b[0])
    .map(([row, values]) => {
      const named: Record<string, CellValue> = {};
      for (const [text, column] of headerColumns) named[text] = values.get(column) ?? null;
      return { row, values: named };
    })
    .filter((r) => Object.values(r.values).some((v) => !blank(v)));
  return { sheet, headers, rows };
}

/** The same from a rectangle of values whose top-left cell is at (firstRow, firstColumn). */
export function rosterTableFromGrid(
  sheet: string,
  values: CellValue[][],
  firstRow: number,
  firstColumn: number
): RosterTable {
  const cells: RosterCell[] = [];
  values.forEach((line, i) =>
    line.forEach((value, j) => {
      if (!blank(value)) cells.push({ row: firstRow + i, column: firstColumn + j, value });
    })
  );
  return rosterTable(sheet, cells);
}

/** A roster cell's value as trimmed text ("" when blank). */
export const rosterText = (v: CellValue | undefined): string =>
  v === null || v === undefined ? "" : String(v).trim();

/** The address of a row's cell under a header ("D7"), or "" when the sheet has no such column. */
export const rosterCellOf = (table: RosterTable, header: string, row: number): string =>
  table.headers[header] ? `${table.headers[header]}${row}` : "";
