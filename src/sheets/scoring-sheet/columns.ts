/** The scoring sheet's grid: its columns, the header row, and the band labels of the 成熟度 list. */
import { address, columnLetter } from "../../sheet-kit";
import type { Standard } from "../../standard";
import { t } from "../../strings";

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
  status: 9,
} as const;

export const LAST_VISIBLE = COLUMNS.improvement;
export const HEADER_ROW = 5;

/** Column widths, A to I (I: the hidden status helper). */
export const COLUMN_WIDTHS = [26, 8, 9.5, 8, 8, 15, 26, 26, { width: 6, hidden: true }];

/** The address of a column's cell in a row: at("score", 7) → "D7". */
export const at = (column: keyof typeof COLUMNS, row: number) => address(COLUMNS[column], row);

/** "A7:H7": a row from one column to another. */
export const span = (from: keyof typeof COLUMNS, to: keyof typeof COLUMNS, row: number) =>
  `${at(from, row)}:${at(to, row)}`;

export const lastVisibleLetter = () => columnLetter(LAST_VISIBLE);

/** The band choices offered in the 成熟度 column, e.g. "50–65% 协调一致". */
export function maturityLabels(standard: Standard): string[] {
  return standard.bands.map((b) =>
    t("sheet.bandLabel", {
      min: b.min,
      max: b.max,
      step: standard.maturitySteps.find((s) => s.id === b.step)?.name ?? b.step,
    })
  );
}
