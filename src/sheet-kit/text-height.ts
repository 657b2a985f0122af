/**
 * Row heights for wrapped text. Excel does not grow a row to fit wrapped text in merged cells,
 * and not every program fits the others on opening, so sheets with long text (the 评分指引)
 * give each row a height estimated from its text and the width it wraps in.
 */
import { maxOf } from "./many";

/** Points per line of text at a font size (11 pt → 15 pt, as Excel's default row). */
const lineHeight = (size: number) => Math.ceil(size * 1.36);

/**
 * Width of a text in column units: a CJK or full-width character takes 2.1 (an 11-pt 等线 glyph
 * is 14.7 px against the 7-px digit that defines the unit), others one.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text)
    width +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
        ch
      )
        ? 2.1
        : 1;
  return width;
}

/** Display width one line holds in a column of `width` at `size` points. */
function unitsPerLine(width: number, size: number): number {
  // A column of `width` units is width × 7 + 5 px; the cell's padding takes about 4 of them.
  return Math.max(1, (width * 11) / size - 0.5);
}

/** Lines a text takes when wrapped in `width` column units at `size` points (11 pt is the unit). */
export function wrappedLines(text: string, width: number, size = 11): number {
  const perLine = unitsPerLine(width, size);
  return text
    .split("\n")
    .reduce(
      (lines, paragraph) => lines + Math.max(1, Math.ceil(displayWidth(paragraph) / perLine)),
      0
    );
}

/** A row height (points) that shows every text of the row: the tallest wins. */
export function rowHeightFor(
  texts: readonly { text: string; width: number; size?: number }[],
  minimum = 18
): number {
  const heights = texts.map(
    ({ text, width, size = 11 }) => wrappedLines(text, width, size) * lineHeight(size) + 5
  );
  return maxOf(heights, minimum);
}

/** Excel's tallest row (points): a taller height is not kept. */
export const MAX_ROW_HEIGHT = 409;

/**
 * Points per line of what a judge types. LibreOffice sets 11-pt CJK text about 16.2 pt apart (as
 * measured in its PDF), not Excel's 15, and it never refits a row when it opens a file: the
 * stored height is what it prints. So typed text is measured with room to spare: lines of 17 pt.
 */
const typedLineHeight = (size: number) => Math.ceil(size * 1.5);

/** Lines break before closing punctuation (，。）): a line holds about 5 % fewer characters than it fits. */
const TYPED_LINE_FILL = 0.95;

/**
 * The height (points) of a row of typed text (a judge's 优点, 改进机会) that shows it whole in
 * every program: measured with a margin, never lower than `minimum`, at most MAX_ROW_HEIGHT.
 */
export function typedRowHeight(
  texts: readonly { text: string; width: number; size?: number }[],
  minimum: number
): number {
  const heights = texts.map(
    ({ text, width, size = 11 }) =>
      wrappedLines(text, width * TYPED_LINE_FILL, size) * typedLineHeight(size) + 5
  );
  return Math.min(MAX_ROW_HEIGHT, maxOf(heights, minimum));
}

/**
 * How many full-width characters (汉字) a row of typed text shows at its tallest, in a column of
 * `width` at `size` points: what a longer comment cannot print whole.
 */
export function typedRowCapacity(width: number, size = 11): number {
  const lines = Math.floor((MAX_ROW_HEIGHT - 5) / typedLineHeight(size));
  return Math.floor((lines * unitsPerLine(width * TYPED_LINE_FILL, size)) / 2.1);
}
