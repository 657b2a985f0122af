/**
 * Re-applying the layout to a scoring sheet: whether this sheet may be rebuilt for this
 * application, and what the judge has typed in it (read through its names, inputs as formulas so
 * a typed formula survives), to carry into the rebuilt sheet.
 */
import type { CellValue } from "../../sheet-kit/plan-types";
import { subItemsForItem, type Standard } from "../../standard";
import { t } from "../../strings";
import { entryName, SUBMITTED, NAMES, type EntryField } from "../../workbook-format/format-names";
import type { EntryValues, ScoringSheetHeader } from "./context";

const FIELDS: EntryField[] = ["score", "maturity", "strength", "improvement"];

export function keptEntries(
  standard: Standard,
  item: number,
  names: Record<string, string>,
  formulaAt: (address: string) => CellValue | undefined
): { entries: Record<string, EntryValues>; kept: number } {
  const entries: Record<string, EntryValues> = {};
  let kept = 0;
  for (const sub of subItemsForItem(standard, item)) {
    const entry: EntryValues = {};
    for (const field of FIELDS) {
      const a = names[entryName(field, sub.code)];
      const v = a === undefined ? undefined : formulaAt(a);
      if (v !== undefined && v !== null && v !== "") {
        entry[field] = v as CellValue;
        kept++;
      }
    }
    entries[sub.code] = entry;
  }
  return { entries, kept };
}

/** Why (zh-CN) the sheet is not this application's open scoring sheet, or null when it may be rebuilt. */
export function reapplyRefusal(
  standard: Standard,
  header: ScoringSheetHeader,
  sheetName: string,
  names: Record<string, string>,
  at: (name: string) => CellValue | undefined
): string | null {
  if (!(NAMES.format in names)) return t("excel.notScoringSheet", { sheet: sheetName });
  if (at(NAMES.applicant) !== header.applicant || at(NAMES.item) !== header.item) {
    const part = standard.parts.find((p) => p.number === at(NAMES.item));
    return t("excel.otherApplication", {
      sheet: sheetName,
      applicant: String(at(NAMES.applicant) ?? ""),
      item: part?.title ?? "",
    });
  }
  if (at(NAMES.status) === SUBMITTED) return t("excel.finalizedNoReapply", { sheet: sheetName });
  return null;
}
