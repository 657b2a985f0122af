/**
 * The roster workbook's sheets as tables (src/round/roster-table.ts), from an .xlsx file. Which
 * sheet is which goes by its name; what each column means goes by its header. The checks are
 * src/round's.
 */
import { parseAddress } from "../sheet-kit/cell-address";
import { ROSTER_SHEETS, type RosterTable, type RosterTables } from "../round/roster-format";
import { rosterTable } from "../round/roster-table";
import { failure, openWorkbookPackage, type OpenFailure } from "./open-scoring-workbook";
import { XlsxPackage, type SheetContent } from "./xlsx-package";

function tableOf(sheet: string, content: SheetContent): RosterTable {
  const cells = [...content.cells].map(([address, cell]) => ({
    ...parseAddress(address),
    value: cell.value,
  }));
  return rosterTable(sheet, cells);
}

/** The roster's sheets present in the workbook, by name. */
export async function readRosterTables(data: Uint8Array | ArrayBuffer): Promise<RosterTables> {
  return tablesOf(await XlsxPackage.open(data));
}

/** The roster's tables, or the true reason the file is no workbook (encrypted, an old .xls, damaged …). */
export async function readRosterWorkbook(
  data: Uint8Array
): Promise<{ ok: true; tables: RosterTables } | OpenFailure> {
  const opened = await openWorkbookPackage(data);
  if (!opened.ok) return opened;
  try {
    return { ok: true, tables: await tablesOf(opened.pkg) };
  } catch (e) {
    // A sheet that cannot be read (damaged XML, a cell holding two values …), with its reason.
    return failure(e);
  }
}

async function tablesOf(pkg: XlsxPackage): Promise<RosterTables> {
  const tables: RosterTables = {};
  for (const name of Object.values(ROSTER_SHEETS)) {
    const sheet = pkg.sheets.find((s) => s.name.trim() === name);
    if (!sheet) continue;
    const table = tableOf(name, await pkg.readSheet(sheet.index));
    tables[name] = sheet.hidden ? { ...table, hidden: true } : table;
  }
  return tables;
}
