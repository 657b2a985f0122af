/** The 评语 sheet: each judge's score, 成熟度, 优点 and 改进机会 per sub-item, as text. */
import { FORMATS, SheetBuilder, type SheetPlan } from "../../sheet-kit";
import { t } from "../../strings";
import type { ConsolidationResult } from "../../consolidate";
import { headerRow, roundTitle, tableSheet } from "./table";

const WIDTHS = [14, 26, 10, 7, 6, 20, 40, 40];

export function commentSheet(result: ConsolidationResult): SheetPlan {
  const b = new SheetBuilder(t("summary.commentSheet"));
  headerRow(b, 1, [
    t("summary.col.item"),
    t("summary.col.applicant"),
    t("comments.col.judge"),
    t("detail.col.subItem"),
    t("comments.col.score"),
    t("comments.col.maturity"),
    t("comments.col.strength"),
    t("comments.col.improvement"),
  ]);
  let r = 2;
  for (const app of result.applications) {
    const first = r;
    for (const j of app.judges) {
      for (const code of Object.keys(j.scores)) {
        b.value(`A${r}`, app.itemTitle, "text");
        b.text(`B${r}`, app.applicant);
        b.text(`C${r}`, j.judge);
        b.value(`D${r}`, code, "text", FORMATS.text);
        b.value(`E${r}`, j.scores[code], "number", FORMATS.points);
        b.text(`F${r}`, j.maturity[code] ?? null);
        b.text(`G${r}`, j.strength[code] ?? null);
        b.text(`H${r}`, j.improvement[code] ?? null);
        r++;
      }
    }
    // An application's comments print on one page where they fit.
    if (r > first) b.keepTogether(first, r - 1);
  }
  return tableSheet(b, WIDTHS, {
    orientation: "landscape",
    header: roundTitle(result),
  });
}
