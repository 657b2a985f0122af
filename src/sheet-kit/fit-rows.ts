/**
 * Rows tall enough for their wrapped text, so that nothing the tool writes is cut off on screen
 * or in print: each wrapping cell's text is measured against its column (or its one-row merge)
 * and a row whose text takes two lines or more is made tall enough, never lower than asked.
 * Texts in merges over several rows are left to the sheet that made them.
 */
import { parseAddress } from "./cell-address";
import { maxOf } from "./many";
import type { PlanCell, StyleSpec } from "./plan-types";
import { rowHeightFor, wrappedLines } from "./text-height";

interface FitInput {
  cells: readonly PlanCell[];
  merges: readonly string[];
  columns: readonly { width: number; hidden?: boolean }[];
  styles: Readonly<Record<string, StyleSpec>>;
  rowHeights: Readonly<Record<number, number>>;
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

/** The row heights with every row of wrapped text tall enough for it. */
export function fitRowsToText(input: FitInput): Record<number, number> {
  const { widths, skipped, width } = mergeWidths(input);
  const texts = new Map<number, { text: string; width: number; size?: number }[]>();
  for (const cell of input.cells) {
    const text = shownText(cell);
    const style = cell.style ? input.styles[cell.style] : undefined;
    if (!text || !style?.wrap || skipped.has(cell.address)) continue;
    const { column, row } = parseAddress(cell.address);
    const w = widths.get(cell.address) ?? width(column);
    if (w <= 0) continue;
    (texts.get(row) ?? texts.set(row, []).get(row)!).push({ text, width: w, size: style.size });
  }
  const heights = { ...input.rowHeights };
  for (const [row, list] of texts) {
    if (maxOf(list.map((x) => wrappedLines(x.text, x.width, x.size))) < 2) continue;
    heights[row] = Math.max(heights[row] ?? 0, rowHeightFor(list, 0));
  }
  return heights;
}
