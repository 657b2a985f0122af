/**
 * The totals block below the scores: item subtotal, 创新价值 subtotal, total, percentage, pass
 * line, how many sub-items are scored, and the verdict — every figure a live formula implementing
 * src/standard's rule. A label spans A:C, the figure stands in D, a note spans E:I.
 */
import { absolute, absoluteColumn, FLAG_COLORS, FORMATS, type CellSpec } from "../../sheet-kit";
import {
  passLine,
  sheetVerdictFormula,
  SHEET_VERDICT,
  warningLabel,
  WARNING_CODES,
} from "../../standard";
import { t } from "../../strings";
import { NAMES, STATUS } from "../../workbook-format";
import { at, span } from "./columns";
import type { ScoringSheetContext } from "./context";
import type { PartRows } from "./part-rows";

/** One row of the block; returns the address of its figure. */
function totalsRow(
  ctx: ScoringSheetContext,
  row: number,
  line: { label: string; figure: CellSpec; note: string; name: string }
): string {
  const { b } = ctx;
  b.value(at("project", row), line.label, "totalsLabel");
  b.value(at("partTotal", row), null, "totalsLabel");
  b.value(at("max", row), null, "totalsLabel");
  b.merge(span("project", "max", row));
  const figure = b.put(at("score", row), { style: "totalsValue", ...line.figure });
  b.value(at("ratio", row), line.note === "" ? null : line.note, "note");
  b.merge(span("ratio", "hint", row));
  b.name(line.name, figure);
  b.height(row, 20);
  return figure;
}

const scores = (p: PartRows) => `${at("score", p.first)}:${at("score", p.last)}`;

function subtotalLines(ctx: ScoringSheetContext, parts: PartRows[]) {
  const { figures } = ctx;
  const [itemPart, valuePart] = [parts[0], parts[parts.length - 1]];
  const subtotal = (p: PartRows, result: number) => ({
    formula: `=ROUND(SUM(${scores(p)}),2)`,
    result,
    numberFormat: FORMATS.points,
  });
  return [
    {
      label: t("sheet.itemSubtotal", { max: itemPart.part.total }),
      figure: subtotal(itemPart, figures.itemSubtotal),
      note: t("sheet.subtotalNote"),
      name: NAMES.itemTotal,
    },
    {
      label: t("sheet.valueSubtotal", { title: valuePart.part.title, max: valuePart.part.total }),
      figure: subtotal(valuePart, figures.valueSubtotal),
      note: t("sheet.subtotalNote"),
      name: NAMES.valueTotal,
    },
  ];
}

/** Writes the block from `firstRow` on; returns the verdict's address and the next free row. */
export function totalsBlock(
  ctx: ScoringSheetContext,
  parts: PartRows[],
  firstRow: number
): { verdict: string; nextRow: number } {
  const { standard, figures, passRatio } = ctx;
  let row = firstRow;
  const [itemTotal, valueTotal] = subtotalLines(ctx, parts).map((l) => totalsRow(ctx, row++, l));
  const total = totalsRow(ctx, row++, {
    label: t("sheet.total", { max: standard.fullMarks }),
    figure: {
      formula: `=ROUND(${itemTotal}+${valueTotal},2)`,
      result: figures.total,
      numberFormat: FORMATS.points,
    },
    note: "",
    name: NAMES.total,
  });
  totalsRow(ctx, row++, {
    label: t("sheet.percent"),
    figure: {
      formula: `=ROUND(${total}/${standard.fullMarks},4)`,
      result: figures.percent,
      numberFormat: FORMATS.percent2,
    },
    note: t("sheet.percentNote", { fullMarks: standard.fullMarks }),
    name: NAMES.percent,
  });
  const pass = totalsRow(ctx, row++, {
    label: t("sheet.passLine", { percent: Math.round(passRatio * 10000) / 100 }),
    figure: { value: passLine(standard, passRatio), numberFormat: FORMATS.points },
    note: "",
    name: NAMES.passLine,
  });
  const statuses = `${at("status", parts[0].first)}:${at("status", parts[parts.length - 1].last)}`;
  const count = (status: string) => `COUNTIF(${statuses},"${status}")`;
  totalsRow(ctx, row++, {
    label: t("sheet.scored", { count: figures.requiredCount }),
    figure: {
      formula: `=${count(STATUS.ok)}+${count(STATUS.invalid)}`,
      result: figures.scoredCount,
    },
    note: t("sheet.scoredNote"),
    name: NAMES.scored,
  });
  const verdictRow = row;
  const verdict = totalsRow(ctx, row++, {
    label: t("sheet.verdict"),
    figure: {
      formula: sheetVerdictFormula({
        invalidCount: count(STATUS.invalid),
        blankCount: count(STATUS.blank),
        total,
        passLine: pass,
      }),
      result: figures.verdict,
      style: "verdict",
    },
    note: t("sheet.verdictRule"),
    name: NAMES.verdict,
  });
  ctx.b.height(verdictRow, 32);
  warningsRow(ctx, parts, row++);
  return { verdict, nextRow: row };
}

/** 提示: the sheet's number of warnings (MH_WARNINGS), amber when there are any. */
function warningsRow(ctx: ScoringSheetContext, parts: PartRows[], row: number): void {
  const { standard } = ctx;
  const counts = `${at("warnings", parts[0].first)}:${at("warnings", parts[parts.length - 1].last)}`;
  const labels = WARNING_CODES.map((code) => warningLabel(standard, code)).join(t("sep.list"));
  const figure = totalsRow(ctx, row, {
    label: t("sheet.warnings"),
    figure: {
      formula: `=SUM(${counts})`,
      result: ctx.warnings.length,
      numberFormat: t("sheet.warningsFormat"),
    },
    note: t("sheet.warningsNote", { labels }),
    name: NAMES.warnings,
  });
  ctx.b.height(row, 30);
  ctx.b.highlight(figure, `=${absolute(figure)}>0`, FLAG_COLORS.neutral);
}

/** Colours: an invalid score red; a row's 提示 amber; the verdict green, red or amber. */
export function highlights(ctx: ScoringSheetContext, parts: PartRows[], verdict: string): void {
  const { b } = ctx;
  const first = parts[0].first;
  const last = parts[parts.length - 1].last;
  const firstStatus = absoluteColumn(at("status", first));
  b.highlight(
    `${at("score", first)}:${at("score", last)}`,
    `=${firstStatus}="${STATUS.invalid}"`,
    FLAG_COLORS.bad
  );
  const firstHint = absoluteColumn(at("hint", first));
  // The reason of an invalid score reads red, as its score does; warnings amber.
  b.highlight(
    `${at("hint", first)}:${at("hint", last)}`,
    `=${firstStatus}="${STATUS.invalid}"`,
    FLAG_COLORS.bad
  );
  b.highlight(
    `${at("hint", first)}:${at("hint", last)}`,
    `=LEN(${firstHint})>0`,
    FLAG_COLORS.neutral
  );
  const v = SHEET_VERDICT;
  const is = (word: string) => `=${absolute(verdict)}="${word}"`;
  b.highlight(verdict, is(v.pass), FLAG_COLORS.good);
  b.highlight(verdict, is(v.fail), FLAG_COLORS.bad);
  b.highlight(verdict, is(v.invalid), FLAG_COLORS.bad);
  b.highlight(verdict, is(v.incomplete), FLAG_COLORS.neutral);
}
