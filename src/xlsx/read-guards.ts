/**
 * What guards a sheet when the add-in is absent: its data validation, whether it is protected,
 * and which cells a judge can edit. Read from the XML, so LibreOffice's true/false booleans
 * are understood.
 */
import { XlsxPackage, type DataValidationEntry } from "./xlsx-package";

export interface SheetGuards {
  protected: boolean;
  validations: DataValidationEntry[];
  /** Addresses of the cells whose style unlocks them, sorted in reading order. */
  unlockedCells: string[];
}

const order = (a: string) => {
  const m = /^([A-Z]+)(\d+)$/.exec(a)!;
  return Number(m[2]) * 1000 + m[1].length * 100 + m[1].charCodeAt(0);
};

export async function readSheetGuards(pkg: XlsxPackage, sheetIndex: number): Promise<SheetGuards> {
  const [content, locked] = await Promise.all([pkg.readSheet(sheetIndex), pkg.lockedByStyle()]);
  const unlockedCells = [...content.cells]
    .filter(([, c]) => c.styleIndex !== undefined && locked[c.styleIndex] === false)
    .map(([a]) => a)
    .sort((a, b) => order(a) - order(b));
  return { protected: content.protected, validations: content.validations, unlockedCells };
}
