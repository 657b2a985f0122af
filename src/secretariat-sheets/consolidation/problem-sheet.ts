/**
 * The 问题清单 sheet: every problem found in the files — with a roster, first each judge whose
 * sheets never arrived (未收到) — with file, sheet, cell, its kind and message in zh-CN and the
 * next step (处理建议). The problem's code is the program's, never shown.
 */
import { SheetBuilder, type SheetPlan } from "../../sheet-kit";
import { t } from "../../strings";
import {
  missingFileProblems,
  problemAction,
  problemKind,
  type ConsolidationResult,
  type Problem,
} from "../../consolidate";
import { headerRow, roundTitle, tableSheet } from "./table";

const HEADS = ["no", "file", "sheet", "cell", "kind", "message", "action"] as const;

/** The rows of the sheet: the missing files, then the problems of the files read. */
export function problemRows(result: ConsolidationResult): Problem[] {
  return [...missingFileProblems(result.round?.progress ?? []), ...result.problems];
}

export function problemSheet(result: ConsolidationResult): SheetPlan {
  const b = new SheetBuilder(t("summary.problemSheet"));
  headerRow(
    b,
    1,
    HEADS.map((h) => t(`problems.col.${h}`))
  );
  const rows = problemRows(result);
  rows.forEach((p, i) => {
    const r = i + 2;
    b.value(`A${r}`, i + 1, "number");
    b.text(`B${r}`, p.file);
    b.text(`C${r}`, p.sheet || null);
    b.text(`D${r}`, p.cell || null);
    b.text(`E${r}`, problemKind(p.code));
    b.text(`F${r}`, p.message);
    b.text(`G${r}`, problemAction(p.code));
  });
  if (rows.length === 0) b.value("A2", t("problems.none"), "tableNote");
  return tableSheet(b, [6, 20, 14, 11, 14, 50, 44], {
    orientation: "landscape",
    header: roundTitle(result),
  });
}
