/**
 * Where a new scoring sheet goes in an open workbook: the application's existing sheet (the same
 * item and the same applicant, by src/standard's rule), else a new sheet under a free, valid name.
 * Small on purpose: the pane's first screen loads it.
 */
import { uniqueSheetName } from "../sheet-kit/sheet-names";
import { sameApplicant } from "../standard/applicant-names";

export interface ExistingSheet {
  sheetName: string;
  applicant: string;
  item: number | null;
}

export type SheetPlace<S extends ExistingSheet> =
  { kind: "existing"; sheet: S } | { kind: "new"; sheetName: string };

export function placeScoringSheet<S extends ExistingSheet>(
  header: { applicant: string; item: number },
  sheets: readonly S[]
): SheetPlace<S> {
  const existing = sheets.find(
    (s) => s.item === header.item && sameApplicant(s.applicant, header.applicant)
  );
  if (existing) return { kind: "existing", sheet: existing };
  return {
    kind: "new",
    sheetName: uniqueSheetName(
      header.applicant,
      sheets.map((s) => s.sheetName)
    ),
  };
}
