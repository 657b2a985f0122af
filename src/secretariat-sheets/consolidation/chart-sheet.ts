/**
 * The 图表 sheet: per item, a horizontal bar chart of the final scores from high to low with the
 * pass line, its height growing with the number of applications, and the table it is drawn from
 * (linked to the 汇总 sheet). Where a consensus meeting scored some applications, the independent
 * and the consensus scores are two series in two colours. A4 portrait, each item's title and
 * chart kept on one page.
 */
import {
  a4Print,
  columnLetter,
  FORMATS,
  quoteSheetName,
  SheetBuilder,
  type PlanChart,
  type SheetPlan,
} from "../../sheet-kit";
import { finalScoreFormula, passLine, type Standard } from "../../standard";
import { t } from "../../strings";
import type { ApplicationResult, ConsolidationResult } from "../../consolidate";
import { summaryLayout } from "./summary-sheet";
import { headerRow, roundTitle } from "./table";

const L = columnLetter;
const WIDTHS = [6, 32, 12, 10, 10, 8];
const COLORS = { final: "#2E75B6", independent: "#9DC3E6", consensus: "#1F4E79" };
/** Default row height (points): the chart's height is counted in rows. */
const ROW = 15;

interface ChartContext {
  b: SheetBuilder;
  standard: Standard;
  result: ConsolidationResult;
  /** The 汇总 cell of an application's figure, e.g. "'汇总'!K5". */
  summaryCell: (app: ApplicationResult, column: number) => string;
  layout: ReturnType<typeof summaryLayout>;
}

/** Rows the chart takes: about 18 pt a bar (28 with two series), within one portrait page. */
export function chartRows(bars: number, series: number): number {
  const points = 70 + bars * (series > 1 ? 28 : 18);
  return Math.ceil(Math.min(Math.max(points, 150), 690) / ROW);
}

/** Highest final score first; applications without any score are not charted. */
const byFinal = (apps: ApplicationResult[]) =>
  apps
    .filter((a) => a.final !== null)
    .sort((x, y) => y.final! - x.final! || x.applicant.localeCompare(y.applicant, "zh-CN"));

function tableRows(ctx: ChartContext, apps: ApplicationResult[], header: number): void {
  const { b, layout, summaryCell } = ctx;
  const { col } = layout;
  headerRow(b, header, [
    t("summary.col.rank"),
    t("summary.col.applicant"),
    t("charts.col.independent"),
    t("summary.col.consensus"),
    t("summary.col.final"),
    t("summary.col.verdict"),
  ]);
  apps.forEach((app, i) => {
    const r = header + 1 + i;
    const [count, mean, trimmed] = [col.count, col.mean, col.trimmed].map((c) =>
      summaryCell(app, c)
    );
    const independent = finalScoreFormula(ctx.result.options.trim, { count, mean, trimmed });
    // Only where the meeting gave a total: a blank is no bar, while "" would be drawn as 0 by Excel.
    const consensus = app.consensus && col.consensus ? summaryCell(app, col.consensus) : null;
    const final = summaryCell(app, col.final);
    b.formula(`A${r}`, `=${summaryCell(app, col.rank)}`, app.rank ?? "", "strong");
    b.text(`B${r}`, app.applicant);
    b.formula(`C${r}`, independent, app.independentFinal ?? "", "number", FORMATS.hundredths);
    if (consensus)
      b.formula(`D${r}`, `=${consensus}`, app.consensus!.total, "number", FORMATS.hundredths);
    else b.value(`D${r}`, null, "number");
    b.formula(`E${r}`, `=${final}`, app.final, "strong", FORMATS.hundredths);
    b.formula(`F${r}`, `=${summaryCell(app, col.verdict)}`, app.verdict, "strong");
  });
}

function itemChart(
  ctx: ChartContext,
  apps: ApplicationResult[],
  top: number,
  rows: number,
  first: number
): PlanChart {
  const last = first + apps.length - 1;
  const column = (c: string) => (first === last ? `${c}${first}` : `${c}${first}:${c}${last}`);
  const pass = passLine(ctx.standard, ctx.result.options.passRatio);
  const withConsensus = apps.some((a) => a.consensus !== null);
  const series = withConsensus
    ? [
        { name: t("charts.col.independent"), values: column("C"), color: COLORS.independent },
        { name: t("summary.col.consensus"), values: column("D"), color: COLORS.consensus },
      ]
    : [{ name: t("summary.col.final"), values: column("E"), color: COLORS.final }];
  return {
    title: t("charts.title", { title: apps[0].itemTitle, pass }),
    categories: column("B"),
    series,
    axis: {
      max: ctx.standard.fullMarks,
      minorUnit: ctx.standard.fullMarks / 10,
      mark: pass,
      markLabel: t("charts.markLabel", { pass }),
    },
    anchor: { from: `A${top}`, to: `${L(WIDTHS.length + 1)}${top + rows}` },
  };
}

/** One item's title, chart and table from `row`; returns the next free row. */
function itemBlock(
  ctx: ChartContext,
  apps: ApplicationResult[],
  row: number,
  charts: PlanChart[]
): number {
  const { b } = ctx;
  const title = t("charts.block", {
    item: apps[0].item,
    title: apps[0].itemTitle,
    count: apps.length,
  });
  b.value(`A${row}`, title, "block");
  b.merge(`A${row}:${L(WIDTHS.length)}${row}`);
  const series = apps.some((a) => a.consensus !== null) ? 2 : 1;
  const rows = chartRows(apps.length, series);
  const header = row + rows + 1;
  // The item on one page where it fits, else at least its title with its chart.
  b.keepTogether(row, header + apps.length);
  b.keepTogether(row, row + rows);
  charts.push(itemChart(ctx, apps, row + 1, rows, header + 1));
  tableRows(ctx, apps, header);
  return header + apps.length + 2;
}

function hideScoreColumns(widths: number[]) {
  const [rank, applicant, independent, consensus, ...rest] = widths;
  return [
    rank,
    applicant + independent + consensus,
    { width: independent, hidden: true },
    { width: consensus, hidden: true },
    ...rest,
  ];
}

export function chartSheet(standard: Standard, result: ConsolidationResult): SheetPlan {
  const b = new SheetBuilder(t("charts.sheet"));
  const layout = summaryLayout(result);
  const index = new Map(result.applications.map((a, i) => [a, layout.firstRow + i]));
  const summaryCell = (app: ApplicationResult, column: number) =>
    `${quoteSheetName(layout.sheetName)}!$${L(column)}$${index.get(app)}`;
  const ctx: ChartContext = { b, standard, result, summaryCell, layout };
  b.value("A1", t("charts.heading"), "tableTitle");
  b.merge(`A1:${L(WIDTHS.length)}1`);
  b.value("A2", t("charts.note"), "tableNoteWrap");
  b.merge(`A2:${L(WIDTHS.length)}2`);
  // Without a consensus meeting the independent score is the final: its two columns are hidden,
  // their width given to 申报组织 so that the charts keep the page's width.
  const withConsensus = result.applications.some((a) => a.consensus !== null);
  const columns = withConsensus ? WIDTHS : hideScoreColumns(WIDTHS);
  const charts: PlanChart[] = [];
  let row = 4;
  const items = [...new Set(result.applications.map((a) => a.item))].sort((x, y) => x - y);
  for (const item of items) {
    const apps = byFinal(result.applications.filter((a) => a.item === item));
    if (apps.length) row = itemBlock(ctx, apps, row, charts);
  }
  if (!charts.length) b.value("A4", t("charts.none"), "tableNote");
  const header = `${roundTitle(result)}${t("sep.title")}${t("charts.sheet")}`;
  return b.build({
    columns,
    print: a4Print(
      "portrait",
      `A1:${L(WIDTHS.length)}${Math.max(4, row - 1)}`,
      null,
      undefined,
      header
    ),
    charts,
  });
}
