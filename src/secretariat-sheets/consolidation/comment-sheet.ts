/**
 * The 评语 sheet: each judge's score, 成熟度, 优点 and 改进机会 per sub-item, as text. How it
 * prints is the user's choice: "screen" (the default) leaves the comments out of the print area
 * — they are most of a printed summary (20 of 34 pages for 12 applications and 7 judges) and the
 * committee reads them on screen — and says so, and how to print them, in the sheet's first row;
 * "print" prints them all, an application's comments on one page where they fit.
 */
import { FORMATS, SheetBuilder, type SheetPlan } from "../../sheet-kit";
import { t } from "../../strings";
import type { ConsolidationResult } from "../../consolidate";
import { headerRow, roundTitle, tableSheet } from "./table";

/** How the 评语 sheet prints: "screen" leaves the comments out of the print area. */
export type CommentsPrint = "print" | "screen";
export const COMMENTS_PRINT: readonly CommentsPrint[] = ["screen", "print"];

// 成熟度 holds the longest band label ("第3档 30–45% 早期系统化") on one line: a wrapped label made
// every short-comment row two lines tall (the printed 评语 went from 15 to 25 pages).
const WIDTHS = [14, 26, 10, 7, 6, 24, 40, 40];

/** The comment rows from `first`; returns the row after the last. */
function commentRows(b: SheetBuilder, result: ConsolidationResult, first: number): number {
  let r = first;
  for (const app of result.applications) {
    const start = r;
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
    if (r > start) b.keepTogether(start, r - 1);
  }
  return r;
}

export function commentSheet(
  result: ConsolidationResult,
  comments: CommentsPrint = "screen"
): SheetPlan {
  const b = new SheetBuilder(t("summary.commentSheet"));
  const screen = comments === "screen";
  // On screen only: a first row that says so; the table starts below it.
  const head = screen ? 2 : 1;
  headerRow(b, head, [
    t("summary.col.item"),
    t("summary.col.applicant"),
    t("comments.col.judge"),
    t("detail.col.subItem"),
    t("comments.col.score"),
    t("comments.col.maturity"),
    t("comments.col.strength"),
    t("comments.col.improvement"),
  ]);
  const end = commentRows(b, result, head + 1);
  if (screen) {
    b.value("A1", t("comments.screenOnly", { rows: end - head - 1 }), "tableNoteWrap");
    b.merge("A1:H1");
  }
  return tableSheet(
    b,
    WIDTHS,
    {
      orientation: "landscape",
      header: roundTitle(result),
      ...(screen ? { area: "A1:H1", titleRows: null } : {}),
    },
    head
  );
}
