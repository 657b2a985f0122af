/**
 * The 进度 sheet (with a roster): applications × judges, each cell the pair's state — 已提交,
 * 完成未提交, 未完成, 未收到, 回避 (blank: not assigned) — with counts per application (right:
 * 已提交/应评 and 完成未提交) and per judge (below, the same two): the list the secretariat phones
 * through. 完成未提交 tells a judge who finished without the add-in (WPS, LibreOffice: no 提交评分)
 * from one who has not. A4 landscape.
 */
import {
  a4Print,
  address,
  columnLetter,
  FLAG_COLORS,
  SheetBuilder,
  type SheetPlan,
} from "../../sheet-kit";
import {
  progressCounts,
  type ConsolidationResult,
  type ProgressEntry,
  type ProgressState,
} from "../../consolidate";
import type { Standard } from "../../standard";
import { t } from "../../strings";
import { roundTitle } from "./table";

const FIXED = 3; // 申报编号, 申报组织, 申报单项
const HEADER = 3;

const label = (s: ProgressState) => t(`progress.state.${s}`);

/** Colours by state; `first` is the range's top-left cell (the formulas are relative to it). */
function colors(b: SheetBuilder, range: string, first: string): void {
  const is = (s: ProgressState) => `=${first}="${label(s)}"`;
  b.highlight(range, is("finalized"), FLAG_COLORS.good);
  b.highlight(range, is("missing"), FLAG_COLORS.bad);
  b.highlight(range, is("incomplete"), FLAG_COLORS.neutral);
}

/** Per application (right of the judges): 已提交/应评 and 完成未提交. */
function applicationCounts(b: SheetBuilder, col: number, row: number, line: ProgressEntry[]) {
  const c = progressCounts(line);
  b.value(address(col, row), t("progress.count", { done: c.finalized, due: c.due }), "strong");
  b.value(address(col + 1, row), c.complete, "strong");
}

/** Per judge (below the applications): 已提交/应评, then 完成未提交. */
function judgeCounts(
  b: SheetBuilder,
  judges: ProgressEntry[],
  entries: ProgressEntry[],
  row: number
) {
  b.value(`A${row}`, t("progress.perJudge"), "totalsLabel");
  b.merge(`A${row}:C${row}`);
  b.value(`A${row + 1}`, t("progress.perJudgeComplete"), "totalsLabel");
  b.merge(`A${row + 1}:C${row + 1}`);
  judges.forEach((j, k) => {
    const c = progressCounts(entries.filter((e) => e.judgeId === j.judgeId));
    const col = FIXED + 1 + k;
    b.value(
      address(col, row),
      t("progress.count", { done: c.finalized, due: c.due }),
      "totalsValue"
    );
    b.value(address(col, row + 1), c.complete, "totalsValue");
  });
}

export function progressSheet(standard: Standard, result: ConsolidationResult): SheetPlan | null {
  if (!result.round) return null;
  const entries = result.round.progress;
  const apps = [...new Map(entries.map((e) => [e.applicationId, e])).values()];
  const judges = [...new Map(entries.map((e) => [e.judgeId, e])).values()];
  const stateOf = new Map(entries.map((e) => [`${e.applicationId}\u0000${e.judgeId}`, e.state]));
  const b = new SheetBuilder(t("summary.progressSheet"));
  b.value("A1", t("progress.title", { round: result.round.name }), "tableTitle");
  // The note wraps across the table (the kit makes its row as tall as it needs).
  b.value("A2", t("progress.note"), "tableNoteWrap");
  b.merge(`A2:${columnLetter(FIXED + judges.length + 2)}2`);
  const heads = [t("progress.col.id"), t("progress.col.applicant"), t("progress.col.item")];
  heads.forEach((h, i) => b.value(address(i + 1, HEADER), h, "header"));
  judges.forEach((j, k) =>
    b.value(address(FIXED + 1 + k, HEADER), `${j.judgeId}\n${j.judge}`, "header")
  );
  const countCol = FIXED + judges.length + 1;
  b.value(address(countCol, HEADER), t("progress.col.perApplication"), "header");
  b.value(address(countCol + 1, HEADER), t("progress.col.complete"), "header");
  b.height(HEADER, 32);
  apps.forEach((a: ProgressEntry, i) => {
    const row = HEADER + 1 + i;
    const title = standard.parts.find((p) => p.number === a.item)?.title ?? "";
    b.text(`A${row}`, a.applicationId);
    b.text(`B${row}`, a.applicant);
    b.text(`C${row}`, `${a.item}. ${title}`);
    judges.forEach((j, k) => {
      const s = stateOf.get(`${a.applicationId}\u0000${j.judgeId}`);
      b.value(address(FIXED + 1 + k, row), s ? label(s) : null, "strong");
    });
    applicationCounts(
      b,
      countCol,
      row,
      entries.filter((e) => e.applicationId === a.applicationId)
    );
  });
  const lastRow = HEADER + apps.length;
  judgeCounts(b, judges, entries, lastRow + 1);
  const firstCell = `${columnLetter(FIXED + 1)}${HEADER + 1}`;
  colors(b, `${firstCell}:${columnLetter(FIXED + judges.length)}${lastRow}`, firstCell);
  return b.build({
    // 完成未提交 in bold needs 11.
    columns: [10, 28, 14, ...judges.map(() => 11), 12, 12],
    freezeRows: HEADER,
    print: a4Print(
      "landscape",
      `A1:${columnLetter(countCol + 1)}${lastRow + 2}`,
      [1, HEADER],
      undefined,
      `${roundTitle(result)}${t("sep.title")}${t("summary.progressSheet")}`
    ),
  });
}
