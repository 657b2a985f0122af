/**
 * Below a 共识 sheet's blocks: the consensus total, percentage, pass line, how many sub-items have
 * a consensus score, and the verdict — live formulas of src/standard's rules, as on a judge's
 * sheet — then the 讨论记录 (discussion notes) input.
 */
import { absolute, FLAG_COLORS, FORMATS } from "../../sheet-kit";
import { passLine, sheetVerdictFormula, SHEET_VERDICT } from "../../standard";
import { t } from "../../strings";
import { CONSENSUS_NAMES, STATUS } from "../../workbook-format";
import type { ConsensusContext } from "./consensus-sheet";

/** Writes the totals from `firstRow`; returns the last row used. */
export function consensusTotals(
  ctx: ConsensusContext,
  blockRows: number[],
  firstRow: number,
  passRatio?: number
): number {
  const { b, col, standard } = ctx;
  const L = col.letter;
  const [first, last] = [blockRows[0], blockRows[blockRows.length - 1]];
  const span = (c: number) => `${L(c)}${first}:${L(c)}${last}`;
  const count = (s: string) => `COUNTIF(${span(col.status)},"${s}")`;
  let row = firstRow;
  const line = (label: string, name: string | null, figure: Parameters<typeof b.put>[1]) => {
    b.value(`A${row}`, label, "totalsLabel");
    b.merge(`A${row}:${L(col.judge0)}${row}`);
    const at = b.put(`${L(col.judge0 + 1)}${row}`, { style: "totalsValue", ...figure });
    if (name) b.name(name, at);
    b.height(row++, 22);
    return at;
  };
  const total = line(t("consensus.total", { max: standard.fullMarks }), CONSENSUS_NAMES.total, {
    formula: `=ROUND(SUM(${span(col.score)}),2)`,
    result: 0,
    numberFormat: FORMATS.points,
  });
  line(t("sheet.percent"), null, {
    formula: `=ROUND(${total}/${standard.fullMarks},4)`,
    result: 0,
    numberFormat: FORMATS.percent2,
  });
  const pass = line(
    t("sheet.passLine", { percent: Math.round((passRatio ?? standard.passRatio) * 10000) / 100 }),
    null,
    {
      value: passLine(standard, passRatio),
      numberFormat: FORMATS.points,
    }
  );
  line(t("consensus.scored", { count: blockRows.length }), null, {
    formula: `=${count(STATUS.ok)}+${count(STATUS.invalid)}`,
    result: 0,
  });
  const verdict = line(t("consensus.verdict"), CONSENSUS_NAMES.verdict, {
    formula: sheetVerdictFormula({
      invalidCount: count(STATUS.invalid),
      blankCount: count(STATUS.blank),
      total,
      passLine: pass,
    }),
    result: SHEET_VERDICT.incomplete,
    style: "verdict",
  });
  const is = (word: string) => `=${absolute(verdict)}="${word}"`;
  b.highlight(verdict, is(SHEET_VERDICT.pass), FLAG_COLORS.good);
  b.highlight(verdict, is(SHEET_VERDICT.fail), FLAG_COLORS.bad);
  b.highlight(verdict, is(SHEET_VERDICT.invalid), FLAG_COLORS.bad);
  b.highlight(verdict, is(SHEET_VERDICT.incomplete), FLAG_COLORS.neutral);
  b.highlight(span(col.score), `=${L(col.status)}${first}="${STATUS.invalid}"`, FLAG_COLORS.bad);
  b.highlight(span(col.hint), `=LEN(${L(col.hint)}${first})>0`, FLAG_COLORS.neutral);
  row++;
  b.value(`A${row}`, t("consensus.notes"), "label");
  b.merge(`A${row}:${L(col.max)}${row}`);
  const notes = `${L(col.judge0)}${row}`;
  b.put(notes, { value: null, style: "input", locked: false, numberFormat: FORMATS.text });
  b.merge(`${notes}:${L(col.hint)}${row}`);
  b.name(CONSENSUS_NAMES.notes, notes);
  b.height(row, 90);
  return row;
}
