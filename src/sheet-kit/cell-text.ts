/**
 * What a cell may hold as text, in any host: Excel's limit of 32,767 characters a cell (a longer
 * text makes Excel repair the file) and only characters that XML 1.0 allows (U+FFFE, U+FFFF,
 * most C0 controls and lone surrogates make the part ill-formed). Every text the tool writes
 * passes through `cellText`; the consolidation uses `cellTextIssues` to report a judge's text
 * that had to be changed.
 */
import { t } from "../strings";

export const CELL_TEXT_LIMIT = 32_767;

/** Characters XML 1.0 does not allow (lone surrogates included). */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- these control characters are exactly what is refused
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Shown in place of a character that cannot be saved. */
export const REPLACEMENT = "\uFFFD";

export interface CellTextIssues {
  /** Characters that cannot be saved (replaced by U+FFFD). */
  illegal: number;
  /** The text's length when it is over the limit, else 0. */
  tooLong: number;
}

export function cellTextIssues(text: string): CellTextIssues {
  const illegal = text.match(NOT_XML)?.length ?? 0;
  return { illegal, tooLong: text.length > CELL_TEXT_LIMIT ? text.length : 0 };
}

/** The text as a cell can hold it: illegal characters replaced, cut with a visible mark. */
export function cellText(text: string): string {
  const clean = NOT_XML.test(text) ? text.replace(NOT_XML, REPLACEMENT) : text;
  NOT_XML.lastIndex = 0;
  if (clean.length <= CELL_TEXT_LIMIT) return clean;
  const mark = t("cell.cut", { length: clean.length });
  let head = clean.slice(0, CELL_TEXT_LIMIT - mark.length);
  // Never end on the first half of a surrogate pair.
  if (/[\uD800-\uDBFF]$/.test(head)) head = head.slice(0, -1);
  return head + mark;
}
