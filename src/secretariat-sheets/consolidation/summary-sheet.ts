/**
 * The 汇总 sheet: one row per application, by item and rank — each judge's total, then mean,
 * trimmed mean, final score, percentage, verdict, rank and range as live formulas implementing
 * src/standard's rules, the 分歧 sub-items and notes (the 图表 sheet charts its final scores).
 * Text from judges' files is text-formatted.
 */
import {
  a4Print,
  absolute,
  columnLetter,
  FLAG_COLORS,
  FORMATS,
  maxOf,
  SheetBuilder,
  type SheetPlan,
} from "../../sheet-kit";
import {
  applicationVerdictFormula,
  APPLICATION_VERDICT,
  finalScoreFormula,
  finalWithConsensusFormula,
  meanFormula,
  passLine,
  rangeFormula,
  trimmedMeanFormula,
  trimThreshold,
  type Standard,
} from "../../standard";
import { joinText, t } from "../../strings";
import { nameColumnWidth } from "./name-column";
import { roundTitle } from "./table";
import type { ApplicationResult, ConsolidationResult } from "../../consolidate";

const DISAGREEMENT_WIDTH = 24;
const NOTES_WIDTH = 36;

/**
 * Column numbers of the sheet for J judge columns; with a roster's ids, 申报编号 before the
 * applicant; with consensus, 共识总分 before the final score and the final's source after it.
 */
function summaryColumns(J: number, withConsensus: boolean, withIds: boolean) {
  const id = withIds ? 4 : 0;
  const applicant = 4 + (withIds ? 1 : 0);
  const judge0 = applicant + 2;
  const after = judge0 + J;
  const extra = withConsensus ? 1 : 0;
  const final = after + 2 + extra;
  const percent = final + 1 + extra;
  return {
    rank: 1,
    itemNo: 2,
    item: 3,
    /** 申报编号 (0 without ids). */
    id,
    applicant,
    count: applicant + 1,
    judge0,
    mean: after,
    trimmed: after + 1,
    /** 共识总分 (0 when there is no consensus column). */
    consensus: withConsensus ? after + 2 : 0,
    final,
    source: withConsensus ? final + 1 : 0,
    percent,
    verdict: percent + 1,
    range: percent + 2,
    disagreements: percent + 3,
    notes: percent + 4,
  };
}
type Columns = ReturnType<typeof summaryColumns>;

const HEADER = 3;

/** Where the 汇总 sheet keeps an application's figures (the 图表 sheet links to them). */
export function summaryLayout(result: ConsolidationResult) {
  const { applications } = result;
  const J = maxOf(
    applications.map((a) => a.judges.length),
    1
  );
  const col = summaryColumns(
    J,
    applications.some((a) => a.consensus !== null),
    applications.some((a) => a.applicationId !== undefined)
  );
  return { J, col, firstRow: HEADER + 1, sheetName: t("summary.sheet") };
}

const L = columnLetter;
const RULE_KEY = {
  always: "summary.rule.always",
  never: "summary.rule.never",
  auto: "summary.rule.auto",
} as const;

function titleRows(
  b: SheetBuilder,
  standard: Standard,
  result: ConsolidationResult,
  col: Columns,
  J: number
): string {
  const { options } = result;
  b.value("A1", t("summary.title"), "tableTitle");
  b.merge(`A1:${L(col.notes)}1`);
  b.value("A2", t("summary.passLine"), "strong");
  const passCell = b.value("B2", passLine(standard, options.passRatio), "strong", FORMATS.points);
  const rule = t(RULE_KEY[options.trim], { min: trimThreshold(options.trim) ?? "" });
  const spread = t("summary.spreadRule", { percent: Math.round(options.spreadRatio * 100) });
  b.value(
    "C2",
    joinText(
      [joinText([rule, spread], t("sep.clause")), t("summary.judgeOrder", { n: J })],
      t("sep.sentence")
    ),
    "tableNote"
  );
  b.merge(`C2:${L(col.notes)}2`);
  return passCell;
}

function headerCells(b: SheetBuilder, col: Columns, J: number): void {
  const heads: [number, string][] = [
    [col.rank, t("summary.col.rank")],
    [col.itemNo, t("summary.col.itemNo")],
    [col.item, t("summary.col.item")],
    ...(col.id ? [[col.id, t("summary.col.id")] as [number, string]] : []),
    [col.applicant, t("summary.col.applicant")],
    [col.count, t("summary.col.count")],
    ...Array.from({ length: J }, (_, i): [number, string] => [
      col.judge0 + i,
      t("summary.col.judge", { n: i + 1 }),
    ]),
    [col.mean, t("summary.col.mean")],
    [col.trimmed, t("summary.col.trimmed")],
    ...(col.consensus ? [[col.consensus, t("summary.col.consensus")] as [number, string]] : []),
    [col.final, t("summary.col.final")],
    ...(col.source ? [[col.source, t("summary.col.source")] as [number, string]] : []),
    [col.percent, t("summary.col.percent")],
    [col.verdict, t("summary.col.verdict")],
    [col.range, t("summary.col.range")],
    [col.disagreements, t("summary.col.disagreements")],
    [col.notes, t("summary.col.notes")],
  ];
  for (const [c, v] of heads) b.value(`${L(c)}${HEADER}`, v, "header");
}

interface RowContext {
  b: SheetBuilder;
  standard: Standard;
  result: ConsolidationResult;
  col: Columns;
  J: number;
  passCell: string;
  /** "$X$4:$X$9": a whole column of the table. */
  whole: (c: number) => string;
}

function figureCells(ctx: RowContext, app: ApplicationResult, r: number): void {
  const { b, col, J, standard } = ctx;
  const cell = (c: number) => `${L(c)}${r}`;
  const judges = `${cell(col.judge0)}:${cell(col.judge0 + J - 1)}`;
  const [count, mean, trimmed, final] = [
    cell(col.count),
    cell(col.mean),
    cell(col.trimmed),
    cell(col.final),
  ];
  b.formula(count, `=COUNT(${judges})`, app.judges.length, "number");
  for (let j = 0; j < J; j++) {
    const judge = app.judges[j];
    b.value(cell(col.judge0 + j), judge ? judge.total : null, "number", FORMATS.points);
  }
  b.formula(mean, meanFormula(count, judges), app.mean ?? "", "number", FORMATS.hundredths);
  b.formula(
    trimmed,
    trimmedMeanFormula(count, judges),
    app.trimmedMean ?? "",
    "number",
    FORMATS.hundredths
  );
  const independent = finalScoreFormula(ctx.result.options.trim, { count, mean, trimmed });
  if (col.consensus) consensusCells(ctx, app, r, independent);
  else b.formula(final, independent, app.final ?? "", "strong", FORMATS.hundredths);
  const percent = `=IF(ISNUMBER(${final}),ROUND(${final}/${standard.fullMarks},4),"")`;
  b.formula(cell(col.percent), percent, app.percent ?? "", "number", FORMATS.percent2);
  const verdict = applicationVerdictFormula(final, absolute(ctx.passCell));
  b.formula(cell(col.verdict), verdict, app.verdict, "strong");
  const range = rangeFormula(judges, count);
  b.formula(
    cell(col.range),
    range,
    app.judges.length >= 2 ? app.totalRange : "",
    "number",
    FORMATS.points
  );
}

/** 共识总分, the final (the consensus total when there is one) and its source. */
function consensusCells(ctx: RowContext, app: ApplicationResult, r: number, independent: string) {
  const { b, col } = ctx;
  const cell = (c: number) => `${L(c)}${r}`;
  const consensus = cell(col.consensus);
  b.value(consensus, app.consensus?.total ?? null, "number", FORMATS.hundredths);
  const formula = finalWithConsensusFormula(consensus, independent);
  b.formula(cell(col.final), formula, app.final ?? "", "strong", FORMATS.hundredths);
  const source = `=IF(ISNUMBER(${consensus}),"${t("summary.source.consensus")}","${t("summary.source.independent")}")`;
  const shown = t(
    app.finalSource === "consensus" ? "summary.source.consensus" : "summary.source.independent"
  );
  b.formula(cell(col.source), source, shown, "text");
}

function applicationRow(ctx: RowContext, app: ApplicationResult, r: number): void {
  const { b, col } = ctx;
  const cell = (c: number) => `${L(c)}${r}`;
  const final = cell(col.final);
  b.formula(
    cell(col.rank),
    `=IF(ISNUMBER(${final}),COUNTIFS(${ctx.whole(col.itemNo)},${cell(col.itemNo)},${ctx.whole(col.final)},">"&${final})+1,"")`,
    app.rank ?? "",
    "strong"
  );
  b.value(cell(col.itemNo), app.item, "number");
  b.value(cell(col.item), app.itemTitle, "text");
  if (col.id) b.text(cell(col.id), app.applicationId ?? null);
  b.text(cell(col.applicant), app.applicant);
  figureCells(ctx, app, r);
  const disagreements = app.spreads.filter((x) => x.disagreement).map((x) => x.code);
  b.text(cell(col.disagreements), disagreements.join(t("sep.list")) || null);
  const notes = app.flags.filter((f) => f.code !== "spread").map((f) => f.message);
  // Both lists wrap; the kit makes the row tall enough for them.
  b.text(cell(col.notes), joinText(notes, t("sep.clause")) || null);
}

export function summarySheet(standard: Standard, result: ConsolidationResult): SheetPlan {
  const { applications } = result;
  const { J, col, firstRow } = summaryLayout(result);
  const b = new SheetBuilder(t("summary.sheet"));
  const passCell = titleRows(b, standard, result, col, J);
  headerCells(b, col, J);
  const lastRow = HEADER + Math.max(1, applications.length);
  const whole = (c: number) => `$${L(c)}$${firstRow}:$${L(c)}$${lastRow}`;
  const ctx: RowContext = { b, standard, result, col, J, passCell, whole };
  applications.forEach((app, i) => applicationRow(ctx, app, firstRow + i));
  const verdicts = `${L(col.verdict)}${firstRow}:${L(col.verdict)}${lastRow}`;
  const firstVerdict = `${L(col.verdict)}${firstRow}`;
  b.highlight(verdicts, `=${firstVerdict}="${APPLICATION_VERDICT.pass}"`, FLAG_COLORS.good);
  b.highlight(verdicts, `=${firstVerdict}="${APPLICATION_VERDICT.fail}"`, FLAG_COLORS.bad);
  for (const [row, height] of [
    [1, 26],
    [2, 30],
    [HEADER, 32],
  ])
    b.height(row, height);
  const widths = [
    6,
    5,
    13,
    ...(col.id ? [8] : []),
    nameColumnWidth(applications.map((a) => a.applicant)),
    7,
    ...Array.from({ length: J }, () => 8),
    9,
    10,
    ...(col.consensus ? [9] : []),
    9,
    ...(col.source ? [9] : []),
    9,
    10,
    8,
    DISAGREEMENT_WIDTH,
    NOTES_WIDTH,
  ];
  return b.build({
    columns: widths,
    freezeRows: HEADER,
    print: a4Print(
      "landscape",
      `A1:${L(col.notes)}${lastRow}`,
      [1, HEADER],
      undefined,
      `${roundTitle(result)}${t("sep.title")}${t("summary.sheet")}`
    ),
  });
}
