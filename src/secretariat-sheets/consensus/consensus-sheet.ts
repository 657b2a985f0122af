/**
 * One application's 共识 sheet, for the consensus meeting's screen and for print (A4 landscape).
 * Per sub-item, a block of three rows:
 *   1. each judge's score (judges as columns), mean, range and 分歧 (live formulas of
 *      src/standard), then the inputs 共识得分 (validated 0…max, red when invalid) and
 *      共识成熟度 (band list), and the 提示 of the consensus entry (the judge's warnings rule);
 *   2. each judge's 成熟度;
 *   3. each judge's 优点 and 改进机会, with the judge named.
 * 共识优点 and 共识改进机会 span the block, prefilled with the judges' comments merged one per line
 * without names, to edit down. Below: the consensus total, percentage and verdict as formulas, and
 * 讨论记录. Every input is a worksheet-scoped name (docs/workbook-format.md, “共识表”).
 */
import {
  a4Print,
  address,
  FORMATS,
  rowHeightFor,
  SheetBuilder,
  type SheetPlan,
} from "../../sheet-kit";
import {
  DEFAULT_SPREAD_RATIO,
  disagreementFormula,
  partsForItem,
  rangeFormula,
  warningCountFormula,
  warningTextFormula,
  type Standard,
  type SubItem,
} from "../../standard";
import { t } from "../../strings";
import { CONSENSUS_NAMES, consensusName, STATUS } from "../../workbook-format";
import type { ApplicationResult } from "../../consolidate";
import { entryValidations, statusFormula } from "../../judge-sheets/scoring-sheet/part-rows";
import { consensusColumns, type ConsensusColumns } from "./columns";
import { consensusTotals } from "./consensus-totals";
import { judgeComments, mergedComments } from "./comments";

export const HEADER_ROW = 4;
const BLOCK = 3;

export interface ConsensusContext {
  b: SheetBuilder;
  standard: Standard;
  app: ApplicationResult;
  col: ConsensusColumns;
  spreadRatio: number;
  /** The roster's round name, when the consolidation had one. */
  roundId?: string;
}

function header(ctx: ConsensusContext): void {
  const { b, app, col, standard } = ctx;
  const L = col.letter;
  const itemTitle = standard.parts.find((p) => p.number === app.item)?.title ?? "";
  b.value("A1", t("consensus.title", { applicant: app.applicant, item: itemTitle }), "tableTitle");
  b.value("A2", t("consensus.applicant"), "label");
  b.merge("A2:B2");
  b.name(CONSENSUS_NAMES.applicant, b.text("C2", app.applicant, "value"));
  b.merge(`C2:${L(col.judge0 + 1)}2`);
  b.value(`${L(col.mean)}2`, t("consensus.item"), "label");
  // The item's number is the value (MH_C_ITEM); its title shows through the number format.
  const itemFormat = `0". ${itemTitle.replace(/"/g, "")}"`;
  b.name(CONSENSUS_NAMES.item, b.value(`${L(col.range)}2`, app.item, "value", itemFormat));
  b.value(`${L(col.flag)}2`, null, "value");
  b.merge(`${L(col.range)}2:${L(col.flag)}2`);
  b.value(`${L(col.score)}2`, t("consensus.appId"), "label");
  const id = b.text(`${L(col.maturity)}2`, app.applicationId ?? null, "value");
  if (app.applicationId) b.name(CONSENSUS_NAMES.applicationId, id);
  b.name(CONSENSUS_NAMES.format, b.value(`${L(col.warnings)}1`, 1, "helper", FORMATS.hidden));
  // The round it belongs to: last year's 共识 workbook never completes this year's finals.
  if (ctx.roundId)
    b.name(
      CONSENSUS_NAMES.round,
      b.value(`${L(col.warnings)}2`, ctx.roundId, "helper", FORMATS.hidden)
    );
  b.value("A3", t("consensus.note"), "tableNote");
  const heads: [number, string][] = [
    [col.code, t("consensus.col.code")],
    [col.title, t("consensus.col.title")],
    [col.max, t("consensus.col.max")],
    ...app.judges.map((j, k) => [col.judge0 + k, j.judge] as [number, string]),
    [col.mean, t("consensus.col.mean")],
    [col.range, t("consensus.col.range")],
    [col.flag, t("consensus.col.flag")],
    [col.score, t("consensus.col.score")],
    [col.maturity, t("consensus.col.maturity")],
    [col.strength, t("consensus.col.strength")],
    [col.improvement, t("consensus.col.improvement")],
    [col.hint, t("consensus.col.hint")],
  ];
  for (const [c, text] of heads) b.text(address(c, HEADER_ROW), text, "header");
  b.height(HEADER_ROW, 30);
}

/** Row 1 of a block: the judges' scores and what is computed from them. */
function scoreRow(ctx: ConsensusContext, sub: SubItem, row: number): void {
  const { b, app, col } = ctx;
  const L = col.letter;
  app.judges.forEach((j, k) =>
    b.value(address(col.judge0 + k, row), j.scores[sub.code] ?? null, "number", FORMATS.points)
  );
  const cells = `${L(col.judge0)}${row}:${L(col.judge0 + Math.max(app.judges.length, 1) - 1)}${row}`;
  const spread = app.spreads.find((s) => s.code === sub.code);
  const scores = app.judges.map((j) => j.scores[sub.code]);
  const mean = scores.length ? scores.reduce((s, x) => s + x, 0) / scores.length : "";
  b.formula(
    `${L(col.mean)}${row}`,
    `=IF(COUNT(${cells})>0,ROUND(AVERAGE(${cells}),2),"")`,
    typeof mean === "number" ? Math.round(mean * 100) / 100 : "",
    "number",
    FORMATS.hundredths
  );
  const range = `${L(col.range)}${row}`;
  b.formula(range, rangeFormula(cells), spread?.range ?? "", "number", FORMATS.points);
  const mark = t("detail.disagreementMark");
  const refs = { range, max: `${L(col.max)}${row}` };
  const flag = disagreementFormula(cells, refs, ctx.spreadRatio, mark);
  b.formula(`${L(col.flag)}${row}`, flag, spread?.disagreement ? mark : "", "strong");
}

/** The consensus inputs of a block and their validation; names by sub-item. */
function inputs(ctx: ConsensusContext, sub: SubItem, row: number): void {
  const { b, col, app } = ctx;
  const L = col.letter;
  const score = `${L(col.score)}${row}`;
  b.put(score, {
    value: null,
    style: "score",
    locked: false,
    input: "score",
    numberFormat: FORMATS.points,
  });
  b.name(consensusName("score", sub.code), score);
  const maturity = `${L(col.maturity)}${row}`;
  b.put(maturity, {
    value: null,
    style: "input",
    locked: false,
    input: "maturity",
    numberFormat: FORMATS.text,
  });
  b.name(consensusName("maturity", sub.code), maturity);
  b.merge(`${maturity}:${L(col.maturity)}${row + BLOCK - 1}`);
  for (const field of ["strength", "improvement"] as const) {
    const at = `${L(col[field])}${row}`;
    const prefilled = mergedComments(app.judges.map((j) => j[field][sub.code]));
    b.put(at, {
      value: prefilled || null,
      style: "input",
      locked: false,
      input: field,
      numberFormat: FORMATS.text,
    });
    b.merge(`${at}:${L(col[field])}${row + BLOCK - 1}`);
    b.name(consensusName(field, sub.code), at);
  }
  entryValidations(b, ctx.standard, sub, { score, maturity });
}

/** The hidden status of the consensus score and the 提示 of the consensus entry. */
function checks(ctx: ConsensusContext, row: number): void {
  const { b, col, standard } = ctx;
  const L = col.letter;
  const score = `${L(col.score)}${row}`;
  const max = `${L(col.max)}${row}`;
  const status = `${L(col.status)}${row}`;
  b.formula(status, statusFormula(score, max), STATUS.blank, "helper", FORMATS.hidden);
  const cells = {
    score,
    max,
    maturity: `${L(col.maturity)}${row}`,
    strength: `${L(col.strength)}${row}`,
    improvement: `${L(col.improvement)}${row}`,
    validScore: `${status}="${STATUS.ok}"`,
  };
  b.formula(`${L(col.hint)}${row}`, warningTextFormula(standard, cells), "", "hint");
  b.merge(`${L(col.hint)}${row}:${L(col.hint)}${row + BLOCK - 1}`);
  b.formula(
    `${L(col.warnings)}${row}`,
    warningCountFormula(standard, cells),
    0,
    "helper",
    FORMATS.hidden
  );
}

/** Rows 2 and 3 of a block: each judge's 成熟度, then their comments with their names. */
function judgeRows(ctx: ConsensusContext, sub: SubItem, row: number): void {
  const { b, app, col } = ctx;
  const L = col.letter;
  app.judges.forEach((j, k) => {
    const band = j.maturity[sub.code];
    b.text(
      address(col.judge0 + k, row + 1),
      band === null || band === undefined ? null : String(band),
      "hint"
    );
  });
  const comments = judgeComments(app.judges, sub.code);
  const from = `${L(col.judge0)}${row + 2}`;
  b.text(from, comments || null, "hint");
  b.merge(`${from}:${L(col.flag)}${row + 2}`);
  const width = col.widthOf(col.judge0, col.flag);
  b.height(
    row + 1,
    rowHeightFor(
      app.judges.map((j) => ({ text: String(j.maturity[sub.code] ?? ""), width: 11, size: 9 })),
      24
    )
  );
  b.height(row + 2, rowHeightFor([{ text: comments, width, size: 9 }], 30));
}

function block(ctx: ConsensusContext, sub: SubItem, row: number): void {
  const { b, col } = ctx;
  const L = col.letter;
  b.text(`${L(col.code)}${row}`, sub.code, "subItem");
  b.text(`${L(col.title)}${row}`, sub.title, "subItem");
  b.value(`${L(col.max)}${row}`, sub.max, "number");
  for (const c of [col.code, col.title, col.max]) b.merge(`${L(c)}${row}:${L(c)}${row + 1}`);
  b.value(`${L(col.code)}${row + 2}`, t("consensus.judgeComments"), "note");
  b.merge(`${L(col.code)}${row + 2}:${L(col.max)}${row + 2}`);
  scoreRow(ctx, sub, row);
  inputs(ctx, sub, row);
  checks(ctx, row);
  judgeRows(ctx, sub, row);
  b.height(row, 24);
}

export interface ConsensusSheetOptions {
  spreadRatio?: number;
  passRatio?: number;
  /** Printed at the top of every page, with the sheet's title. */
  roundName: string;
  /** The roster's round name (MH_C_ROUND), when the consolidation had a roster. */
  roundId?: string;
}

export function consensusSheet(
  standard: Standard,
  app: ApplicationResult,
  sheetName: string,
  { spreadRatio = DEFAULT_SPREAD_RATIO, passRatio, roundName, roundId }: ConsensusSheetOptions
): SheetPlan {
  const col = consensusColumns(app.judges.length);
  const b = new SheetBuilder(sheetName);
  const ctx: ConsensusContext = { b, standard, app, col, spreadRatio, roundId };
  header(ctx);
  let row = HEADER_ROW + 1;
  const rows: number[] = [];
  for (const part of partsForItem(standard, app.item)) {
    const title = t("consensus.part", {
      number: part.number,
      title: part.title,
      total: part.total,
    });
    ctx.b.value(`A${row}`, title, "partHeader");
    ctx.b.merge(`A${row}:${col.letter(col.hint)}${row}`);
    // The part's heading prints with its first sub-item, each sub-item's rows on one page.
    ctx.b.keepTogether(row, row + BLOCK);
    row++;
    for (const sub of part.subItems) {
      block(ctx, sub, row);
      ctx.b.keepTogether(row, row + BLOCK - 1);
      rows.push(row);
      row += BLOCK;
    }
  }
  const last = consensusTotals(ctx, rows, row + 1, passRatio);
  ctx.b.keepTogether(row + 1, last);
  return ctx.b.build({
    columns: col.widths,
    protection: { allowFormatColumns: true, allowFormatRows: true },
    freezeRows: HEADER_ROW,
    print: a4Print(
      "landscape",
      `A1:${col.letter(col.hint)}${last}`,
      [HEADER_ROW, HEADER_ROW],
      undefined,
      `${roundName}${t("sep.title")}${t("consensus.sheetTitle", { applicant: app.applicant })}`
    ),
  });
}
