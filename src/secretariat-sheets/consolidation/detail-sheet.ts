/**
 * The 评委明细 sheet: one block per application — sub-items × judges, each row's range and 分歧
 * mark, and each judge's total — as live formulas implementing src/standard's spread rule.
 */
import { columnLetter, FORMATS, maxOf, SheetBuilder, type SheetPlan } from "../../sheet-kit";
import { disagreementFormula, rangeFormula, subItemsForItem, type Standard } from "../../standard";
import { t } from "../../strings";
import { judgeLabel, type ApplicationResult, type ConsolidationResult } from "../../consolidate";
import { roundTitle, tableSheet } from "./table";

const L = columnLetter;
const FIRST_JUDGE = 3;
const JUDGE_WIDTH = 12;

interface Block {
  b: SheetBuilder;
  standard: Standard;
  spreadRatio: number;
  app: ApplicationResult;
  /** Width of the widest block, in judge columns. */
  J: number;
  /** The last judge column of this block. */
  judgeEnd: number;
}

/** Title, column headers and the source line; returns the next row. */
function blockHeading({ b, app, J, judgeEnd }: Block, row: number): number {
  const title = t("detail.block", {
    item: app.item,
    title: app.itemTitle,
    applicant: app.applicant,
  });
  b.text(`A${row}`, title, "block");
  b.merge(`A${row}:${L(J + 4)}${row}`);
  const head = row + 1;
  b.value(`A${head}`, t("detail.col.subItem"), "header");
  b.value(`B${head}`, t("detail.col.max"), "header");
  app.judges.forEach((j, i) =>
    b.text(`${L(FIRST_JUDGE + i)}${head}`, judgeLabel(j, app.judges), "header")
  );
  b.value(`${L(judgeEnd + 1)}${head}`, t("detail.col.range"), "header");
  b.value(`${L(judgeEnd + 2)}${head}`, t("detail.col.disagreement"), "header");
  const source = head + 1;
  b.value(`A${source}`, t("detail.source"), "tableNote");
  // Wrapped (the kit makes the row tall enough): a long file name is never cut off.
  app.judges.forEach((j, i) =>
    b.text(`${L(FIRST_JUDGE + i)}${source}`, `${j.file} · ${j.sheet}`, "note")
  );
  return source + 1;
}

function subItemRows(block: Block, firstRow: number): number {
  const { b, app, judgeEnd } = block;
  let r = firstRow;
  const mark = t("detail.disagreementMark");
  for (const sub of subItemsForItem(block.standard, app.item)) {
    b.value(`A${r}`, `${sub.code} ${sub.title}`, "text");
    b.value(`B${r}`, sub.max, "number");
    app.judges.forEach((j, i) =>
      b.value(`${L(FIRST_JUDGE + i)}${r}`, j.scores[sub.code], "number", FORMATS.points)
    );
    const cells = `${L(FIRST_JUDGE)}${r}:${L(judgeEnd)}${r}`;
    const spread = app.spreads.find((x) => x.code === sub.code)!;
    const rangeCell = `${L(judgeEnd + 1)}${r}`;
    const several = app.judges.length >= 2;
    b.formula(
      rangeCell,
      rangeFormula(cells),
      several ? spread.range : "",
      "number",
      FORMATS.points
    );
    const flag = disagreementFormula(
      cells,
      { range: rangeCell, max: `B${r}` },
      block.spreadRatio,
      mark
    );
    b.formula(`${L(judgeEnd + 2)}${r}`, flag, spread.disagreement ? mark : "", "strong");
    r++;
  }
  return r;
}

function totalRow(block: Block, firstSubRow: number, r: number): void {
  const { b, app, judgeEnd } = block;
  b.value(`A${r}`, t("detail.total"), "strong");
  b.value(`B${r}`, block.standard.fullMarks, "number");
  app.judges.forEach((j, i) => {
    const c = L(FIRST_JUDGE + i);
    b.formula(
      `${c}${r}`,
      `=ROUND(SUM(${c}${firstSubRow}:${c}${r - 1}),2)`,
      j.total,
      "strong",
      FORMATS.points
    );
  });
  const totals = `${L(FIRST_JUDGE)}${r}:${L(judgeEnd)}${r}`;
  const range = app.judges.length >= 2 ? app.totalRange : "";
  b.formula(`${L(judgeEnd + 1)}${r}`, rangeFormula(totals), range, "number", FORMATS.points);
}

export function detailSheet(standard: Standard, result: ConsolidationResult): SheetPlan {
  const b = new SheetBuilder(t("summary.detailSheet"));
  const J = maxOf(
    result.applications.map((a) => a.judges.length),
    1
  );
  let row = 1;
  for (const app of result.applications) {
    const judgeEnd = FIRST_JUDGE + Math.max(1, app.judges.length) - 1;
    const block: Block = { b, standard, spreadRatio: result.options.spreadRatio, app, J, judgeEnd };
    const firstSubRow = blockHeading(block, row);
    const totalAt = subItemRows(block, firstSubRow);
    totalRow(block, firstSubRow, totalAt);
    b.keepTogether(row, totalAt);
    row = totalAt + 1;
  }
  const widths = [24, 6, ...Array.from({ length: J }, () => JUDGE_WIDTH), 7, 7];
  const print = {
    orientation: J > 5 ? "landscape" : "portrait",
    header: roundTitle(result),
    // Blocks with their own column headers: no row repeats on every page.
    titleRows: null,
  } as const;
  return tableSheet(b, widths, print, 0);
}
