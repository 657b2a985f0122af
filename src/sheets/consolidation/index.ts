/** The secretariat's consolidation workbook: 汇总, 评委明细, 问题清单, 评分提醒, 评语. */
import type { SheetPlan } from "../../sheet-kit";
import type { Standard } from "../../standard";
import type { ConsolidationResult } from "../../consolidate";
import { commentSheet } from "./comment-sheet";
import { detailSheet } from "./detail-sheet";
import { problemSheet } from "./problem-sheet";
import { summarySheet } from "./summary-sheet";
import { progressSheet } from "./progress-sheet";
import { warningSheet } from "./warning-sheet";

export { summarySheet, detailSheet, problemSheet, warningSheet, commentSheet, progressSheet };

/** The plans of the consolidation workbook's sheets, in order. */
export function consolidationWorkbook(
  standard: Standard,
  result: ConsolidationResult
): SheetPlan[] {
  const progress = progressSheet(standard, result);
  return [
    summarySheet(standard, result),
    ...(progress ? [progress] : []),
    detailSheet(standard, result),
    problemSheet(result),
    warningSheet(standard, result),
    commentSheet(result),
  ];
}
