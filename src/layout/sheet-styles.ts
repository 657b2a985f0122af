/** The scoring sheet's look, as data: one entry per style name used in the plan. */
import type { StyleName, StyleSpec } from "./plan-types";

export const SHEET_STYLES: Record<StyleName, StyleSpec> = {
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
  number: { hAlign: "center", vAlign: "middle", border: "thin" },
  score: { bold: true, hAlign: "center", vAlign: "middle", border: "thin", fill: "#FFFDE7" },
  ratio: { hAlign: "center", vAlign: "middle", border: "thin", color: "#595959" },
  input: { vAlign: "top", wrap: true, border: "thin", fill: "#FFFDE7" },
  summaryLabel: { bold: true, hAlign: "right", vAlign: "middle", border: "thin", fill: "#F2F2F2" },
  summaryValue: { bold: true, hAlign: "center", vAlign: "middle", border: "thin" },
  verdict: { bold: true, size: 12, hAlign: "center", vAlign: "middle", border: "thin" },
  note: { size: 9, color: "#595959", vAlign: "middle", wrap: true, border: "thin" },
  signature: { vAlign: "bottom", border: "bottom" },
  helper: { color: "#808080", hAlign: "center" },
};

/** Conditional-format colours: Excel's own "bad" / "good" / "neutral" pairs. */
export const FLAG_COLORS = {
  bad: { fontColor: "#9C0006", fill: "#FFC7CE" },
  good: { fontColor: "#006100", fill: "#C6EFCE" },
  neutral: { fontColor: "#9C5700", fill: "#FFEB9C" },
};
