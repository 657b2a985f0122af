/**
 * The look of every sheet the tool writes, as data: one palette of named styles (a plan's cells
 * refer to them by name), the conditional-format colour pairs and the number formats.
 */
import type { StyleSpec } from "./plan-types";

/** The font of every cell (Office's default for Chinese text since 2016). */
export const FONT = "等线";

export const PALETTE = {
  // Forms (the judge's scoring sheet and other sheets people type into).
  title: { bold: true, size: 16, hAlign: "center", vAlign: "middle" },
  label: { bold: true, fill: "#F2F2F2", hAlign: "center", vAlign: "middle", border: "thin" },
  value: { hAlign: "left", vAlign: "middle", border: "thin", wrap: true },
  header: {
    bold: true,
    fill: "#DDEBF7",
    hAlign: "center",
    vAlign: "middle",
    wrap: true,
    border: "thin",
  },
  partHeader: { bold: true, fill: "#FCE4D6", vAlign: "middle", border: "thin" },
  subItem: { vAlign: "middle", wrap: true, border: "thin" },
  /** A sub-item's name that links to the 评分指引 sheet. */
  subItemLink: { vAlign: "middle", wrap: true, border: "thin", color: "#0563C1", underline: true },
  /** 提示: the row's warnings (amber, like Excel's "neutral"). */
  hint: { size: 9, color: "#9C5700", vAlign: "middle", wrap: true, border: "thin" },
  number: { hAlign: "center", vAlign: "middle", border: "thin" },
  score: { bold: true, hAlign: "center", vAlign: "middle", border: "thin", fill: "#FFFDE7" },
  ratio: { hAlign: "center", vAlign: "middle", border: "thin", color: "#595959" },
  input: { vAlign: "top", wrap: true, border: "thin", fill: "#FFFDE7" },
  totalsLabel: { bold: true, hAlign: "right", vAlign: "middle", border: "thin", fill: "#F2F2F2" },
  totalsValue: { bold: true, hAlign: "center", vAlign: "middle", border: "thin" },
  verdict: { bold: true, size: 12, hAlign: "center", vAlign: "middle", border: "thin" },
  note: { size: 9, color: "#595959", vAlign: "middle", wrap: true, border: "thin" },
  signature: { vAlign: "bottom", border: "bottom" },
  helper: { color: "#808080", hAlign: "center" },
  // Tables (the secretariat's sheets).
  tableTitle: { bold: true, size: 14 },
  text: { border: "thin", vAlign: "middle", wrap: true },
  strong: { border: "thin", hAlign: "center", vAlign: "middle", bold: true },
  block: { bold: true, fill: "#FCE4D6", border: "thin" },
  tableNote: { size: 9, color: "#595959" },
  /** A note over a table's whole width (merged), wrapped, its row as tall as the text. */
  tableNoteWrap: { size: 9, color: "#595959", vAlign: "top", wrap: true },
  // The 评分指引 sheet.
  guideLabel: { bold: true, vAlign: "top", wrap: true, border: "thin", fill: "#F2F2F2" },
  guideStage: { hAlign: "center", vAlign: "top", wrap: true, border: "thin" },
  guideText: { vAlign: "top", wrap: true, border: "thin" },
} satisfies Record<string, StyleSpec>;

export type StyleName = keyof typeof PALETTE;
export const STYLES: Record<StyleName, StyleSpec> = PALETTE;

/** Conditional-format colours: Excel's own "bad" / "good" / "neutral" pairs. */
export const FLAG_COLORS = {
  bad: { fontColor: "#9C0006", fill: "#FFC7CE" },
  good: { fontColor: "#006100", fill: "#C6EFCE" },
  neutral: { fontColor: "#9C5700", fill: "#FFEB9C" },
};

/** Number formats, by what they show. */
export const FORMATS = {
  /** Text typed by people: a leading "=" stays text. */
  text: "@",
  /**
   * Points as typed: 120 and 66.5. (Not "0.##": Excel shows a whole number under it with a
   * trailing point, "120.", which LibreOffice hides.)
   */
  points: "General",
  /** A mean, always two decimals. */
  hundredths: "0.00",
  percent: "0%",
  percent2: "0.00%",
  date: "yyyy-mm-dd",
  /** Never rendered, even where a program prints or spills a hidden column. */
  hidden: ";;;",
} as const;

/** Number format of cells that hold text typed by people. */
export const TEXT_FORMAT = FORMATS.text;
