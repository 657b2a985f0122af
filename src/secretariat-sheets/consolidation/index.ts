/**
 * The secretariat's consolidation workbook: 汇总, 图表, 进度 (with a roster), 拟获奖名单, 评委明细,
 * 问题清单, 评分提醒, 评语, 评委一致性.
 */
import type { SheetPlan } from "../../sheet-kit";
import type { Standard } from "../../standard";
import type { ConsolidationResult } from "../../consolidate";
import { agreementSheet } from "./agreement-sheet";
import { chartSheet } from "./chart-sheet";
import { commentSheet, type CommentsPrint } from "./comment-sheet";
import { decisionSheet } from "./decision-sheet";
import { detailSheet } from "./detail-sheet";
import { problemSheet } from "./problem-sheet";
import { summarySheet } from "./summary-sheet";
import { progressSheet } from "./progress-sheet";
import { warningSheet } from "./warning-sheet";
import { withStandard } from "../../judge-sheets/standard-name";

export { COMMENTS_PRINT, type CommentsPrint } from "./comment-sheet";

/** Choices of how the workbook prints (the user's). */
export interface SummaryPrint {
  /** The 评语 sheet: on screen only (the default) or printed. */
  comments?: CommentsPrint;
}

export {
  summarySheet,
  chartSheet,
  detailSheet,
  problemSheet,
  warningSheet,
  commentSheet,
  progressSheet,
  decisionSheet,
  agreementSheet,
};

/** The plans of the consolidation workbook's sheets, in order. */
export function consolidationWorkbook(
  standard: Standard,
  result: ConsolidationResult,
  print: SummaryPrint = {}
): SheetPlan[] {
  const progress = progressSheet(standard, result);
  return [
    summarySheet(standard, result),
    chartSheet(standard, result),
    ...(progress ? [progress] : []),
    decisionSheet(standard, result),
    detailSheet(standard, result),
    problemSheet(result),
    warningSheet(standard, result),
    commentSheet(result, print.comments),
    agreementSheet(result),
  ].map((plan) => withStandard(plan, standard));
}
