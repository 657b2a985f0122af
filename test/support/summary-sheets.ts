/** The sheets of the consolidation workbook, in order, as the tests expect them. */
export function summarySheetNames({ progress = false, suffix = "" } = {}): string[] {
  return [
    "汇总",
    "图表",
    ...(progress ? ["进度"] : []),
    "拟获奖名单",
    "审定",
    "评委明细",
    "问题清单",
    "评分提醒",
    "评语",
    "评委一致性",
    "异议登记",
  ].map((name) => `${name}${suffix}`);
}
