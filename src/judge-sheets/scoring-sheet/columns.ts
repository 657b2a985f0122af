/** The scoring sheet's grid: its columns and the header row. */
import { address, columnLetter } from "../../sheet-kit";

/** Column numbers of the sheet (1 = A). */
export const COLUMNS = {
  project: 1,
  partTotal: 2,
  max: 3,
  score: 4,
  ratio: 5,
  maturity: 6,
  strength: 7,
  improvement: 8,
  /** 提示: the row's scoring-quality warnings. */
  hint: 9,
  /** Hidden helper: 空 / 好 / 错. */
  status: 10,
  /** Hidden helper: the row's number of warnings. */
  warnings: 11,
} as const;

export const LAST_VISIBLE = COLUMNS.hint;
export const HEADER_ROW = 5;

/** Column widths, A to K (J and K: the hidden helpers). */
export const COLUMN_WIDTHS = [
  26,
  8,
  9.5,
  // 得分 also shows the percentage below the scores: "100.00%" in bold needs 9.
  9,
  8,
  15,
  23,
  23,
  16,
  { width: 6, hidden: true },
  { width: 6, hidden: true },
];

/** The address of a column's cell in a row: at("score", 7) → "D7". */
export const at = (column: keyof typeof COLUMNS, row: number) => address(COLUMNS[column], row);

/** "A7:H7": a row from one column to another. */
export const span = (from: keyof typeof COLUMNS, to: keyof typeof COLUMNS, row: number) =>
  `${at(from, row)}:${at(to, row)}`;

export const lastVisibleLetter = () => columnLetter(LAST_VISIBLE);
