/** The 问题清单 sheet: every problem found in the files, with file, sheet, cell and message. */
import { SheetBuilder, type SheetPlan } from "../../sheet-kit";
import { t } from "../../strings";
import type { ConsolidationResult } from "../../consolidate";
import { headerRow, roundTitle, tableSheet } from "./table";

const HEADS = ["no", "file", "sheet", "cell", "code", "message"] as const;

export function problemSheet(result: ConsolidationResult): SheetPlan {
  const b = new SheetBuilder(t("summary.problemSheet"));
  headerRow(
    b,
    1,
    HEADS.map((h) => t(`problems.col.${h}`))
  );
  result.problems.forEach((p, i) => {
    const r = i + 2;
    b.value(`A${r}`, i + 1, "number");
    b.text(`B${r}`, p.file);
    b.text(`C${r}`, p.sheet || null);
    b.text(`D${r}`, p.cell || null);
    b.text(`E${r}`, p.code);
    b.text(`F${r}`, p.message);
  });
  if (result.problems.length === 0) b.value("A2", t("problems.none"), "tableNote");
  return tableSheet(b, [6, 30, 20, 12, 18, 70], {
    orientation: "landscape",
    header: roundTitle(result),
  });
}
