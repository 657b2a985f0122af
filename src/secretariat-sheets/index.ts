/** The sheets the secretariat reads: the consolidation workbook (汇总 …) and the 共识 workbook. */
export * from "./consolidation";
export * from "./consensus";
