/** The judge's signature line (with the hidden submission history beside it) and the footnote. */
import { FORMATS } from "../../sheet-kit";
import { t } from "../../strings";
import { NAMES } from "../../workbook-format";
import { at, span } from "./columns";
import type { ScoringSheetContext } from "./context";

/** Writes the signature at `row` and the footnote below; returns the last row used. */
export function signatureBlock(ctx: ScoringSheetContext, row: number): number {
  const { b } = ctx;
  b.value(at("project", row), t("sheet.signature"), "signature");
  for (const c of ["partTotal", "max", "score"] as const) b.value(at(c, row), null, "signature");
  b.merge(span("partTotal", "score", row));
  b.value(at("ratio", row), t("sheet.signatureDate"), "signature");
  for (const c of ["maturity", "strength", "improvement", "hint"] as const)
    b.value(at(c, row), null, "signature");
  b.merge(span("maturity", "hint", row));
  const history = b.value(at("status", row), null, "helper", FORMATS.hidden);
  b.name(NAMES.history, history);
  b.height(row, 30);
  const footnote = row + 1;
  b.value(at("project", footnote), t("sheet.footnote"), "note");
  b.merge(span("project", "hint", footnote));
  b.height(footnote, 30);
  return footnote;
}
