/**
 * Manual page breaks that keep a block of rows (one application, one item) on one printed page
 * where it fits: a block that would run over the page's end starts a new page instead. The page
 * is measured as Excel prints it: A4 less the margins, the sheet scaled down to one page wide,
 * the repeated header rows on every page after the first.
 */
import type { PrintSetup } from "./plan-types";

const A4 = { short: 595.3, long: 841.9 };
/** Points of a row without an explicit height: Excel's default (LibreOffice draws them a little lower). */
const DEFAULT_ROW = 15;
/** Room left for what the estimate misses (fonts, borders, rounding). */
const SAFETY = 0.98;

export interface PageLayoutInput {
  print: PrintSetup;
  /** Widths in Excel character units, column A first. */
  columns: readonly { width: number; hidden?: boolean }[];
  rowHeights: Readonly<Record<number, number>>;
  /** Rows [first, last] to keep on one page, in any order. */
  blocks: readonly [number, number][];
}

/** Points of a column `width` characters wide (7 px a character and 5 px of padding, at 96 dpi). */
const columnPoints = (width: number) => Math.trunc(width * 7 + 5) * 0.75;

/** The printable height of a page in the sheet's own points (before scaling to one page wide). */
function pageHeight({ print, columns }: PageLayoutInput): number {
  const landscape = print.orientation === "landscape";
  const width = (landscape ? A4.long : A4.short) - (print.margins.left + print.margins.right) * 72;
  const height = (landscape ? A4.short : A4.long) - (print.margins.top + print.margins.bottom) * 72;
  const sheetWidth = columns
    .filter((c) => !c.hidden)
    .reduce((sum, c) => sum + columnPoints(c.width), 0);
  const scale = Math.min(1, width / Math.max(1, sheetWidth));
  return (height / scale) * SAFETY;
}

/** The rows that start a new page (each a manual break before it), ascending. */
export function pageBreaksFor(input: PageLayoutInput): number[] {
  const rowHeight = (r: number) => input.rowHeights[r] ?? DEFAULT_ROW;
  const span = (first: number, last: number) => {
    let sum = 0;
    for (let r = first; r <= last; r++) sum += rowHeight(r);
    return sum;
  };
  const titles = input.print.titleRows;
  const page = pageHeight(input);
  const laterPage = page - (titles ? span(titles[0], titles[1]) : 0);
  const breaks: number[] = [];
  let room = page;
  let capacity = page;
  let row = 1;
  const place = (last: number) => {
    for (; row <= last; row++) {
      if (rowHeight(row) > room && room < capacity) room = capacity = laterPage;
      room -= rowHeight(row);
    }
  };
  // Outer blocks first: where one is taller than a page, a block inside it may still fit.
  const blocks = [...input.blocks].sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  for (const [first, last] of blocks) {
    // A block that starts inside one already placed (a heading kept with its first entry) goes on.
    if (first < row) {
      place(last);
      continue;
    }
    const height = span(first, last);
    if (height > laterPage) continue; // never on one page: left to the blocks inside it
    place(first - 1);
    if (height > room && room < capacity) {
      breaks.push(first);
      room = capacity = laterPage;
    }
    place(last);
  }
  return breaks;
}
