/**
 * The secretariat's workbook as host-free plans: 汇总 (one row per application, by item and rank,
 * with a chart), 评委明细 (per application, sub-items × judges with spread and 分歧), 问题清单 and
 * 评语. Mean, trimmed mean, final score, percentage, verdict, rank and spreads are live formulas over
 * the judges' figures, implementing the same rule as aggregate.ts; text from judges' files is
 * text-formatted, so nothing that starts with "=" becomes a formula.
 */
import {
  address,
  columnLetter,
  TEXT_FORMAT,
  type CellValue,
  type PlanCell,
  type PrintSetup,
  type SheetPlan,
  type StyleSpec,
} from "../layout";
import { passLine, subItemsForItem, type Standard } from "../standard";
import { t } from "../strings";
import type { ApplicationResult, ConsolidationResult } from "./types";

const STYLES: Record<string, StyleSpec> = {
  title: { bold: true, size: 14 },
  header: {
    bold: true,
    fill: "#DDEBF7",
    hAlign: "center",
    vAlign: "middle",
    wrap: true,
    border: "thin",
  },
  text: { border: "thin", vAlign: "middle", wrap: true },
  number: { border: "thin", hAlign: "center", vAlign: "middle" },
  strong: { border: "thin", hAlign: "center", vAlign: "middle", bold: true },
  block: { bold: true, fill: "#FCE4D6", border: "thin" },
  note: { size: 9, color: "#595959" },
};

/** Landscape A4, one page wide, the header rows repeated. */
function landscape(area: string, titleRows: [number, number]): PrintSetup {
  return {
    paper: "A4",
    orientation: "landscape",
    fitToWidth: 1,
    fitToHeight: 0,
    area,
    titleRows,
    footer: "&C第 &P 页，共 &N 页",
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
    centerHorizontally: true,
  };
}

const GOOD = { fontColor: "#006100", fill: "#C6EFCE" };
const BAD = { fontColor: "#9C0006", fill: "#FFC7CE" };

/** Where the figures of each application landed, for readers of the written workbook. */
export interface SummaryIndex {
  rows: { applicant: string; item: number; row: number }[];
  columns: Record<
    "rank" | "count" | "mean" | "trimmed" | "final" | "percent" | "verdict" | "range",
    string
  >;
  firstJudgeColumn: string;
  judgeColumns: number;
}

class Sheet {
  readonly cells: PlanCell[] = [];
  readonly merges: string[] = [];
  put(column: number, row: number, cell: Omit<PlanCell, "address">): string {
    const a = address(column, row);
    this.cells.push({ address: a, ...cell });
    return a;
  }
  text(column: number, row: number, value: CellValue, style = "text"): string {
    return this.put(column, row, { value, style, numberFormat: TEXT_FORMAT });
  }
}

const rule = (trim: string) =>
  trim === "always"
    ? "summary.rule.always"
    : trim === "never"
      ? "summary.rule.never"
      : "summary.rule.auto";

function summarySheet(
  standard: Standard,
  result: ConsolidationResult
): { plan: SheetPlan; index: SummaryIndex } {
  const { options, applications } = result;
  const s = new Sheet();
  const J = Math.max(1, ...applications.map((a) => a.judges.length));
  const first = 6;
  const col = {
    rank: 1,
    itemNo: 2,
    item: 3,
    applicant: 4,
    count: 5,
    judge0: first,
    mean: first + J,
    trimmed: first + J + 1,
    final: first + J + 2,
    percent: first + J + 3,
    verdict: first + J + 4,
    range: first + J + 5,
    disagreements: first + J + 6,
    notes: first + J + 7,
    label: first + J + 8,
    passLine: first + J + 9,
  };
  const L = (c: number) => columnLetter(c);
  s.put(1, 1, { value: t("summary.title"), style: "title" });
  s.merges.push(`A1:${L(col.notes)}1`);
  s.put(1, 2, { value: t("summary.passLine"), style: "strong" });
  const passCell = s.put(2, 2, {
    value: passLine(standard, options.passRatio),
    style: "strong",
    numberFormat: "0.##",
  });
  s.put(3, 2, {
    value: `${t(rule(options.trim))}；${t("summary.spreadRule", { percent: Math.round(options.spreadRatio * 100) })}。${t("summary.judgeOrder", { n: J })}`,
    style: "note",
  });
  s.merges.push(`C2:${L(col.notes)}2`);
  const header = 3;
  const heads: [number, string][] = [
    [col.rank, t("summary.col.rank")],
    [col.itemNo, t("summary.col.itemNo")],
    [col.item, t("summary.col.item")],
    [col.applicant, t("summary.col.applicant")],
    [col.count, t("summary.col.count")],
    ...Array.from({ length: J }, (_, i): [number, string] => [
      col.judge0 + i,
      t("summary.col.judge", { n: i + 1 }),
    ]),
    [col.mean, t("summary.col.mean")],
    [col.trimmed, t("summary.col.trimmed")],
    [col.final, t("summary.col.final")],
    [col.percent, t("summary.col.percent")],
    [col.verdict, t("summary.col.verdict")],
    [col.range, t("summary.col.range")],
    [col.disagreements, t("summary.col.disagreements")],
    [col.notes, t("summary.col.notes")],
    [col.label, t("summary.col.label")],
    [col.passLine, t("summary.col.passLine")],
  ];
  for (const [c, v] of heads) s.put(c, header, { value: v, style: "header" });

  const firstRow = header + 1;
  const lastRow = header + Math.max(1, applications.length);
  const absCol = (c: number) => `$${L(c)}$${firstRow}:$${L(c)}$${lastRow}`;
  const rows: SummaryIndex["rows"] = [];
  applications.forEach((app, i) => {
    const r = firstRow + i;
    rows.push({ applicant: app.applicant, item: app.item, row: r });
    const judges = `${L(col.judge0)}${r}:${L(col.judge0 + J - 1)}${r}`;
    const count = `${L(col.count)}${r}`;
    const final = `${L(col.final)}${r}`;
    const trimmed = `${L(col.trimmed)}${r}`;
    const mean = `${L(col.mean)}${r}`;
    s.put(col.rank, r, {
      formula: `=IF(ISNUMBER(${final}),COUNTIFS(${absCol(col.itemNo)},${L(col.itemNo)}${r},${absCol(col.final)},">"&${final})+1,"")`,
      result: app.rank ?? "",
      style: "strong",
    });
    s.put(col.itemNo, r, { value: app.item, style: "number" });
    s.put(col.item, r, { value: app.itemTitle, style: "text" });
    s.text(col.applicant, r, app.applicant);
    s.put(col.count, r, {
      formula: `=COUNT(${judges})`,
      result: app.judges.length,
      style: "number",
    });
    for (let j = 0; j < J; j++) {
      const judge = app.judges[j];
      s.put(col.judge0 + j, r, {
        value: judge ? judge.total : null,
        style: "number",
        numberFormat: "0.##",
      });
    }
    s.put(col.mean, r, {
      formula: `=IF(${count}>0,ROUND(AVERAGE(${judges}),2),"")`,
      result: app.mean ?? "",
      style: "number",
      numberFormat: "0.00",
    });
    s.put(col.trimmed, r, {
      formula: `=IF(${count}>=3,ROUND((SUM(${judges})-MAX(${judges})-MIN(${judges}))/(${count}-2),2),"")`,
      result: app.trimmedMean ?? "",
      style: "number",
      numberFormat: "0.00",
    });
    const finalFormula =
      options.trim === "never"
        ? `=IF(${count}=0,"",${mean})`
        : `=IF(${count}=0,"",IF(${count}>=${options.trim === "always" ? 3 : 5},${trimmed},${mean}))`;
    s.put(col.final, r, {
      formula: finalFormula,
      result: app.final ?? "",
      style: "strong",
      numberFormat: "0.00",
    });
    s.put(col.percent, r, {
      formula: `=IF(ISNUMBER(${final}),ROUND(${final}/${standard.fullMarks},4),"")`,
      result: app.percent ?? "",
      style: "number",
      numberFormat: "0.00%",
    });
    s.put(col.verdict, r, {
      formula: `=IF(ISNUMBER(${final}),IF(${final}>=${passCell.replace(/([A-Z]+)(\d+)/, "$$$1$$$2")},"通过","未通过"),"${t("verdict.none")}")`,
      result: app.verdict,
      style: "strong",
    });
    s.put(col.range, r, {
      formula: `=IF(${count}>=2,ROUND(MAX(${judges})-MIN(${judges}),2),"")`,
      result: app.judges.length >= 2 ? app.totalRange : "",
      style: "number",
      numberFormat: "0.##",
    });
    s.text(
      col.disagreements,
      r,
      app.spreads
        .filter((x) => x.disagreement)
        .map((x) => x.code)
        .join("、") || null
    );
    s.text(
      col.notes,
      r,
      app.flags
        .filter((f) => f.code !== "spread")
        .map((f) => f.message)
        .join("；") || null
    );
    s.text(col.label, r, `${app.itemTitle}·${app.applicant}`);
    s.put(col.passLine, r, {
      formula: `=${passCell.replace(/([A-Z]+)(\d+)/, "$$$1$$$2")}`,
      result: passLine(standard, options.passRatio),
      style: "number",
    });
  });

  const verdictRange = `${L(col.verdict)}${firstRow}:${L(col.verdict)}${lastRow}`;
  const chartTop = lastRow + 3;
  const plan: SheetPlan = {
    sheetName: t("summary.sheet"),
    columns: [
      { width: 6 },
      { width: 5 },
      { width: 13 },
      { width: 28 },
      { width: 7 },
      ...Array.from({ length: J }, () => ({ width: 8 })),
      { width: 9 },
      { width: 10 },
      { width: 9 },
      { width: 9 },
      { width: 10 },
      { width: 8 },
      { width: 12 },
      { width: 36 },
      { width: 30 },
      { width: 7 },
    ],
    rowHeights: { 1: 26, 2: 30, [header]: 32 },
    cells: s.cells,
    merges: s.merges,
    validations: [],
    conditionalFormats: [
      { range: verdictRange, formula: `=${L(col.verdict)}${firstRow}="通过"`, ...GOOD },
      { range: verdictRange, formula: `=${L(col.verdict)}${firstRow}="未通过"`, ...BAD },
    ],
    names: [],
    protection: null,
    freezeRows: header,
    print: landscape(`A1:${L(col.notes)}${chartTop + 20}`, [1, header]),
    styles: STYLES,
    charts:
      applications.length > 0
        ? [
            {
              title: t("summary.chartTitle"),
              categories: `${L(col.label)}${firstRow}:${L(col.label)}${lastRow}`,
              series: [
                {
                  name: t("summary.col.final"),
                  values: `${L(col.final)}${firstRow}:${L(col.final)}${lastRow}`,
                  kind: "column",
                },
                {
                  name: t("summary.col.passLine"),
                  values: `${L(col.passLine)}${firstRow}:${L(col.passLine)}${lastRow}`,
                  kind: "line",
                },
              ],
              anchor: { from: `A${chartTop}`, to: `${L(Math.min(col.notes, 14))}${chartTop + 20}` },
            },
          ]
        : [],
  };
  return {
    plan,
    index: {
      rows,
      columns: {
        rank: L(col.rank),
        count: L(col.count),
        mean: L(col.mean),
        trimmed: L(col.trimmed),
        final: L(col.final),
        percent: L(col.percent),
        verdict: L(col.verdict),
        range: L(col.range),
      },
      firstJudgeColumn: L(col.judge0),
      judgeColumns: J,
    },
  };
}

function detailSheet(standard: Standard, result: ConsolidationResult): SheetPlan {
  const s = new Sheet();
  const { spreadRatio } = result.options;
  let r = 1;
  const J = Math.max(1, ...result.applications.map((a) => a.judges.length));
  const blockRows = (app: ApplicationResult) => {
    s.text(
      1,
      r,
      t("detail.block", { item: app.item, title: app.itemTitle, applicant: app.applicant }),
      "block"
    );
    s.merges.push(`A${r}:${columnLetter(J + 4)}${r}`);
    r++;
    s.put(1, r, { value: t("detail.col.subItem"), style: "header" });
    s.put(2, r, { value: t("detail.col.max"), style: "header" });
    app.judges.forEach((j, i) => s.text(3 + i, r, j.judge, "header"));
    const judgeEnd = 3 + Math.max(1, app.judges.length) - 1;
    s.put(judgeEnd + 1, r, { value: t("detail.col.range"), style: "header" });
    s.put(judgeEnd + 2, r, { value: t("detail.col.disagreement"), style: "header" });
    r++;
    s.put(1, r, { value: t("detail.source"), style: "note" });
    app.judges.forEach((j, i) => s.text(3 + i, r, `${j.file} · ${j.sheet}`, "note"));
    r++;
    const firstSubRow = r;
    for (const sub of subItemsForItem(standard, app.item)) {
      s.put(1, r, { value: `${sub.code} ${sub.title}`, style: "text" });
      s.put(2, r, { value: sub.max, style: "number" });
      app.judges.forEach((j, i) =>
        s.put(3 + i, r, { value: j.scores[sub.code], style: "number", numberFormat: "0.##" })
      );
      const range = `${columnLetter(3)}${r}:${columnLetter(judgeEnd)}${r}`;
      const spread = app.spreads.find((x) => x.code === sub.code)!;
      s.put(judgeEnd + 1, r, {
        formula: `=IF(COUNT(${range})>=2,ROUND(MAX(${range})-MIN(${range}),2),"")`,
        result: app.judges.length >= 2 ? spread.range : "",
        style: "number",
        numberFormat: "0.##",
      });
      s.put(judgeEnd + 2, r, {
        formula: `=IF(COUNT(${range})>=2,IF(${columnLetter(judgeEnd + 1)}${r}>ROUND(B${r}*${spreadRatio},2),"${t("detail.disagreementMark")}",""),"")`,
        result: spread.disagreement ? t("detail.disagreementMark") : "",
        style: "strong",
      });
      r++;
    }
    s.put(1, r, { value: t("detail.total"), style: "strong" });
    s.put(2, r, { value: standard.fullMarks, style: "number" });
    app.judges.forEach((j, i) =>
      s.put(3 + i, r, {
        formula: `=ROUND(SUM(${columnLetter(3 + i)}${firstSubRow}:${columnLetter(3 + i)}${r - 1}),2)`,
        result: j.total,
        style: "strong",
        numberFormat: "0.##",
      })
    );
    const totals = `${columnLetter(3)}${r}:${columnLetter(judgeEnd)}${r}`;
    s.put(judgeEnd + 1, r, {
      formula: `=IF(COUNT(${totals})>=2,ROUND(MAX(${totals})-MIN(${totals}),2),"")`,
      result: app.judges.length >= 2 ? app.totalRange : "",
      style: "number",
      numberFormat: "0.##",
    });
    r += 2;
  };
  result.applications.forEach(blockRows);
  return tableSheet(
    t("summary.detailSheet"),
    [24, 6, ...Array.from({ length: J }, () => 12), 7, 7],
    s,
    0
  );
}

/** A plain sheet of tables: no protection, no validation; `freezeRows` header rows stay in view. */
function tableSheet(sheetName: string, widths: number[], s: Sheet, freezeRows = 1): SheetPlan {
  return {
    sheetName,
    columns: widths.map((width) => ({ width })),
    rowHeights: {},
    cells: s.cells,
    merges: s.merges,
    validations: [],
    conditionalFormats: [],
    names: [],
    protection: null,
    freezeRows: freezeRows || undefined,
    styles: STYLES,
  };
}

function problemSheet(result: ConsolidationResult): SheetPlan {
  const s = new Sheet();
  const heads = ["no", "file", "sheet", "cell", "code", "message"] as const;
  heads.forEach((h, i) => s.put(i + 1, 1, { value: t(`problems.col.${h}`), style: "header" }));
  result.problems.forEach((p, i) => {
    const r = i + 2;
    s.put(1, r, { value: i + 1, style: "number" });
    s.text(2, r, p.file);
    s.text(3, r, p.sheet || null);
    s.text(4, r, p.cell || null);
    s.text(5, r, p.code);
    s.text(6, r, p.message);
  });
  if (result.problems.length === 0) s.put(1, 2, { value: t("problems.none"), style: "note" });
  return tableSheet(t("summary.problemSheet"), [6, 30, 20, 12, 18, 70], s);
}

function commentSheet(result: ConsolidationResult): SheetPlan {
  const s = new Sheet();
  const heads = [
    t("summary.col.item"),
    t("summary.col.applicant"),
    t("comments.col.judge"),
    t("detail.col.subItem"),
    t("comments.col.score"),
    t("comments.col.maturity"),
    t("comments.col.strength"),
    t("comments.col.improvement"),
  ];
  heads.forEach((h, i) => s.put(i + 1, 1, { value: h, style: "header" }));
  let r = 2;
  for (const app of result.applications) {
    for (const j of app.judges) {
      for (const code of Object.keys(j.scores)) {
        s.put(1, r, { value: app.itemTitle, style: "text" });
        s.text(2, r, app.applicant);
        s.text(3, r, j.judge);
        s.put(4, r, { value: code, style: "text", numberFormat: TEXT_FORMAT });
        s.put(5, r, { value: j.scores[code], style: "number", numberFormat: "0.##" });
        s.text(6, r, j.maturity[code] ?? null);
        s.text(7, r, j.strength[code] ?? null);
        s.text(8, r, j.improvement[code] ?? null);
        r++;
      }
    }
  }
  return tableSheet(t("summary.commentSheet"), [12, 24, 10, 7, 6, 16, 40, 40], s);
}

/** The plans of the secretariat's sheets, in order, with the summary's index. */
export function summaryPlans(
  standard: Standard,
  result: ConsolidationResult
): { plans: SheetPlan[]; index: SummaryIndex } {
  const { plan, index } = summarySheet(standard, result);
  return {
    plans: [plan, detailSheet(standard, result), problemSheet(result), commentSheet(result)],
    index,
  };
}
