/**
 * The width of a column of organisation names (申报组织): wide enough for the longest name on one
 * line, up to a cap; beyond it, the widest width at or below the cap at which no name wraps with
 * its last character alone on a line (上海……有限公 / 司), as the kit's text-height estimate wraps.
 */
import { displayWidth } from "../../sheet-kit";
import { maxOf } from "../../sheet-kit/many";

/** Narrowest and widest the column is made (column units). */
export const NAME_COLUMN = { min: 16, cap: 34 } as const;
/** Room beyond the estimate, so a name measured to fit does not wrap in Excel or LibreOffice. */
const SLACK = 1.5;
/** How far below the cap a width is tried to avoid a lone last character. */
const SEARCH = 8;

/** The lines a text wraps to in `width` column units at 11 pt, character by character. */
export function wrapText(text: string, width: number): string[] {
  // As wrappedLines (sheet-kit/text-height.ts): the cell's padding takes about half a unit.
  const perLine = Math.max(1, width - 0.5);
  const lines: string[] = [];
  let line = "";
  for (const ch of text) {
    if (line && displayWidth(line + ch) > perLine) {
      lines.push(line);
      line = "";
    }
    line += ch;
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

/** Whether a text, wrapped in `width`, leaves one character alone on its last line. */
export const lonelyLastCharacter = (text: string, width: number) => {
  const lines = wrapText(text, width);
  return lines.length > 1 && [...lines[lines.length - 1]].length === 1;
};

export function nameColumnWidth(names: readonly string[]): number {
  const longest = maxOf(names.map(displayWidth), 0);
  const fit = Math.ceil(longest + 0.5 + SLACK);
  if (fit <= NAME_COLUMN.cap) return Math.max(NAME_COLUMN.min, fit);
  for (let w = NAME_COLUMN.cap; w > NAME_COLUMN.cap - SEARCH; w--)
    // Both as estimated and with a renderer that fits a little less on a line.
    if (!names.some((n) => lonelyLastCharacter(n, w) || lonelyLastCharacter(n, w - SLACK)))
      return w;
  return NAME_COLUMN.cap;
}
