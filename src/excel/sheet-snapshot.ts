/**
 * A sheet as Office.js reads it in one sync: its names (with the addresses they point to), the
 * used range's values (and formulas) and its protection; the names then pick the cells out.
 * No address is hard-coded.
 */
import { parseAddress } from "../sheet-kit/cell-address";
import { STANDARD_NAME } from "../workbook-format/format-names";
import { parseNameRef } from "../workbook-format/sheet-from-names";
import type { CellValue } from "../sheet-kit/plan-types";
import type { SheetRead } from "../workbook-format/workbook-port";

export interface SheetSnapshot {
  names: Excel.NamedItemCollection;
  used: Excel.Range;
  protection: Excel.WorksheetProtection;
}

/** Queue the loads of a snapshot (no sync). */
export function queueSnapshot(sheet: Excel.Worksheet, withFormulas = false): SheetSnapshot {
  const names = sheet.names.load("items/name,items/type,items/value");
  const used = sheet
    .getUsedRange()
    .load(withFormulas ? "address,values,formulas" : "address,values");
  const protection = sheet.protection.load("protected");
  return { names, used, protection };
}

/** Name → cell address ("D7") for the sheet's single-cell range names. */
export function namesOf(snapshot: SheetSnapshot): Record<string, string> {
  const names: Record<string, string> = {};
  for (const item of snapshot.names.items) {
    if (item.type !== "Range") continue;
    const ref = parseNameRef(String(item.value));
    if (ref) names[item.name] = ref.cell;
  }
  return names;
}

/** A cell lookup over the used range's grid (values or formulas). */
export function cellLookup(
  used: Excel.Range,
  grid: unknown[][]
): (address: string) => CellValue | undefined {
  const topLeft = parseAddress(used.address.split("!").pop()!.split(":")[0]);
  return (address) => {
    const { row, column } = parseAddress(address);
    const v = grid[row - topLeft.row]?.[column - topLeft.column];
    return v as CellValue | undefined;
  };
}

/** Every sheet-scoped name whose value is a text constant (MH_STANDARD) → the text. */
export function textsOf(snapshot: SheetSnapshot): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const item of snapshot.names.items)
    if (item.type === "String") texts[item.name] = String(item.value);
  return texts;
}

/** A snapshot as the workbook port's SheetRead. */
export function sheetReadOf(
  sheetName: string,
  position: number,
  snapshot: SheetSnapshot,
  formulas: boolean
): SheetRead {
  const value = cellLookup(snapshot.used, snapshot.used.values);
  const formula = formulas ? cellLookup(snapshot.used, snapshot.used.formulas) : () => undefined;
  return {
    sheetName,
    position,
    names: namesOf(snapshot),
    texts: textsOf(snapshot),
    value,
    formula,
    protected: snapshot.protection.protected,
  };
}

/** The sheet's MH_STANDARD (a name whose value is a text), or null. */
export function standardOf(snapshot: SheetSnapshot): string | null {
  const item = snapshot.names.items.find((n) => n.name === STANDARD_NAME && n.type === "String");
  return item ? String(item.value) : null;
}
