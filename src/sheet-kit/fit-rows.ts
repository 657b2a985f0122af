/**
 * Rows tall enough for their wrapped text, so that nothing the tool writes is cut off on screen
 * or in print: each wrapping cell's text is measured against its column (or its one-row merge)
 * and a row whose text takes two lines or more is made tall enough, never lower than asked.
 * Texts in merges over several rows are left to the sheet that made them.
 *
 * Rows whose height follows their text (SheetPlan.textRows: what judges type) are measured with a
 * margin instead (typedRowHeight), from their minimum, however short their text: they are
 * re-measured whenever a cell of theirs changes (fitTextRows).
 */
import { parseAddress } from "./cell-address";
import { maxOf } from "./many";
import type { PlanCell, StyleSpec } from "./plan-types";
import { rowHeightFor, typedRowHeight, wrappedLines } from "./text-height";

interface FitInput {
  cells: readonly PlanCell[];
  merges: readonly string[];
  columns: readonly { width: number; hidden?: boolean }[];
  styles: Readonly<Record<string, StyleSpec>>;
  rowHeights: Readonly<Record<number, number>>;
  /** Rows whose height follows their text → their minimum height. */
  textRows?: Readonly<Record<number, number>>;
}

const shownText = (c: PlanCell) => {
  const v = c.formula !== undefined ? c.result : c.value;
  return typeof v === "string" ? v : null;
};

/** The width each merged cell's first cell wraps in (one-row merges), and the cells hidden under merges. */
function mergeWidths(input: FitInput) {
  const width = (col: number) => {
    const c = input.columns[col - 1];
    return c && !c.hidden ? c.width : c ? 0 : 8.43;
  };
  const widths = new Map<string, number>();
  const skipped = new Set<string>();
  for (const range of input.merges) {
    const [from, to] = range.split(":").map(parseAddress);
    const first = range.split(":")[0];
    if (to.row !== from.row) {
      skipped.add(first);
      continue;
    }
    let sum = 0;
    for (let c = from.column; c <= to.column; c++) sum += width(c);
    widths.set(first, sum);
  }
  return { widths, skipped, width };
}

type RowTexts = Map<number, { text: string; width: number; size?: number }[]>;

/** Each row's wrapping texts with the width each wraps in. */
function wrappedTexts(input: FitInput): RowTexts {
  const { widths, skipped, width } = mergeWidths(input);
  const texts: RowTexts = new Map();
  for (const cell of input.cells) {
    const text = shownText(cell);
    const style = cell.style ? input.styles[cell.style] : undefined;
    if (!text || !style?.wrap || skipped.has(cell.address)) continue;
    const { column, row } = parseAddress(cell.address);
    const w = widths.get(cell.address) ?? width(column);
    if (w <= 0) continue;
    (texts.get(row) ?? texts.set(row, []).get(row)!).push({ text, width: w, size: style.size });
  }
  return texts;
}

/** The row heights with every row of wrapped text tall enough for it. */
export function fitRowsToText(input: FitInput): Record<number, number> {
  const texts = wrappedTexts(input);
  const heights = { ...input.rowHeights };
  for (const [row, list] of texts) {
    if (input.textRows?.[row] !== undefined) continue;
    if (maxOf(list.map((x) => wrappedLines(x.text, x.width, x.size))) < 2) continue;
    heights[row] = Math.max(heights[row] ?? 0, rowHeightFor(list, 0));
  }
  return { ...heights, ...fitTextRows(input, texts) };
}

/** The heights of the rows whose height follows their text, for their text now. */
export function fitTextRows(input: FitInput, texts = wrappedTexts(input)): Record<number, number> {
  const heights: Record<number, number> = {};
  for (const [row, minimum] of Object.entries(input.textRows ?? {}))
    heights[Number(row)] = typedRowHeight(texts.get(Number(row)) ?? [], minimum);
  return heights;
}
