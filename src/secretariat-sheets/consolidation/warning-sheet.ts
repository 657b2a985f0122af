/**
 * The 评分提醒 sheet: every scoring-quality warning of the counted judges' sheets (成熟度 and
 * score in different bands, no 成熟度, no 评语, a score off the 5 % grid). Warnings never exclude
 * a sheet; they are what the secretariat may want to raise with a judge.
 */
import { SheetBuilder, type SheetPlan } from "../../sheet-kit";
import { warningLabel, type Standard } from "../../standard";
import { t } from "../../strings";
import type { ConsolidationResult } from "../../consolidate";
import { headerRow, roundTitle, tableSheet } from "./table";

const HEADS = ["no", "applicant", "judge", "file", "sheet", "subItem", "kind", "message"] as const;

export function warningSheet(standard: Standard, result: ConsolidationResult): SheetPlan {
  const b = new SheetBuilder(t("summary.warningSheet"));
  headerRow(
    b,
    1,
    HEADS.map((h) => t(`warnings.col.${h}`))
  );
  let r = 2;
  for (const app of result.applications)
    for (const judge of app.judges)
      for (const w of judge.warnings) {
        b.value(`A${r}`, r - 1, "number");
        b.text(`B${r}`, app.applicant);
        b.text(`C${r}`, judge.judge);
        b.text(`D${r}`, judge.file);
        b.text(`E${r}`, judge.sheet);
        b.text(`F${r}`, w.subItem);
        b.text(`G${r}`, warningLabel(standard, w.code));
        b.text(`H${r}`, w.message);
        r++;
      }
  if (r === 2) b.value("A2", t("warnings.none"), "tableNote");
  return tableSheet(b, [6, 24, 10, 24, 16, 8, 16, 70], {
    orientation: "landscape",
    header: roundTitle(result),
  });
}
