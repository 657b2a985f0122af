/** What both hosts write for a chart's value axis, so the .xlsx and the Office.js chart agree. */
import type { PlanChart } from "./plan-types";

/** Colours of the marked line (the pass line) and of the light gridlines. */
export const CHART_COLORS = { mark: "#C00000", minor: "#D9D9D9" } as const;

/** The axis labels: the marked value shows its label ("通过线 300"), the others their number. */
export function axisLabelFormat(axis: PlanChart["axis"]): string {
  return `[=${axis.mark}]"${axis.markLabel.replace(/"/g, "")}";0`;
}
