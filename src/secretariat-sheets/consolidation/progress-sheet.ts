/**
 * The 进度 sheet (with a roster): applications × judges, each cell the pair's state — 已提交,
 * 已评未提交, 未完成, 未收到, 回避 (blank: not assigned) — with counts per application (right) and
 * per judge (below): the list the secretariat phones through. A4 landscape.
 */
import {
  a4Print,
  address,
  columnLetter,
  FLAG_COLORS,
  SheetBuilder,
  type SheetPlan,
} from "../../sheet-kit";
import type { ConsolidationResult, ProgressEntry, ProgressState } from "../../consolidate";
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

export function progressSheet(standard: Standard, result: ConsolidationResult): SheetPlan | null {
  if (!result.round) return null;
  const entries = result.round.progress;
  const apps = [...new Map(entries.map((e) => [e.applicationId, e])).values()];
  const judges = [...new Map(entries.map((e) => [e.judgeId, e])).values()];
  const stateOf = new Map(entries.map((e) => [`${e.applicationId}\u0000${e.judgeId}`, e.state]));
  const b = new SheetBuilder(t("summary.progressSheet"));
  b.value("A1", t("progress.title", { round: result.round.name }), "tableTitle");
  b.value("A2", t("progress.note"), "tableNote");
  const heads = [t("progress.col.id"), t("progress.col.applicant"), t("progress.col.item")];
  heads.forEach((h, i) => b.value(address(i + 1, HEADER), h, "header"));
  judges.forEach((j, k) =>
    b.value(address(FIXED + 1 + k, HEADER), `${j.judgeId}\n${j.judge}`, "header")
  );
  const countCol = FIXED + judges.length + 1;
  b.value(address(countCol, HEADER), t("progress.col.perApplication"), "header");
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
    const line = entries.filter(
      (e) => e.applicationId === a.applicationId && e.state !== "conflict"
    );
    b.value(
      address(countCol, row),
      t("progress.count", {
        done: line.filter((e) => e.state === "finalized").length,
        due: line.length,
      }),
      "strong"
    );
  });
  const lastRow = HEADER + apps.length;
  const totals = lastRow + 1;
  b.value(`A${totals}`, t("progress.perJudge"), "totalsLabel");
  b.merge(`A${totals}:C${totals}`);
  judges.forEach((j, k) => {
    const line = entries.filter((e) => e.judgeId === j.judgeId && e.state !== "conflict");
    const done = line.filter((e) => e.state === "finalized").length;
    b.value(
      address(FIXED + 1 + k, totals),
      t("progress.count", { done, due: line.length }),
      "totalsValue"
    );
  });
  const firstCell = `${columnLetter(FIXED + 1)}${HEADER + 1}`;
  colors(b, `${firstCell}:${columnLetter(FIXED + judges.length)}${lastRow}`, firstCell);
  return b.build({
    columns: [10, 28, 14, ...judges.map(() => 10), 12],
    freezeRows: HEADER,
    print: a4Print(
      "landscape",
      `A1:${columnLetter(countCol)}${totals}`,
      [1, HEADER],
      undefined,
      `${roundTitle(result)}${t("sep.title")}${t("summary.progressSheet")}`
    ),
  });
}
