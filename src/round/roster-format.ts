/**
 * The roster workbook's (名册) contract: its sheet names and header texts, read by name (extra
 * columns are kept and ignored). Documented in docs/roster-format.md. These words are the
 * format's own vocabulary, like the workbook format's names: programs compare them.
 */
import type { CellValue } from "../sheet-kit/plan-types";

export const ROSTER_SHEETS = {
  round: "轮次",
  applications: "申报",
  judges: "评委",
  conflicts: "回避",
  grid: "分配",
} as const;

export const ROSTER_HEADERS = {
  round: { key: "项目", value: "内容" },
  applications: { id: "编号", applicant: "申报组织", item: "申报单项" },
  judges: { id: "编号", name: "姓名", unit: "单位" },
  conflicts: { applicationId: "申报编号", judgeId: "评委编号", reason: "原因" },
  /** 分配: these three, then one column per judge headed by the 评委编号. */
  grid: { applicationId: "申报编号", applicant: "申报组织", item: "申报单项" },
} as const;

/** The rows of 轮次 (项目 column). */
/** 轮次's rows; 评分标准 is optional (the standard's id, or id@version) and read when present. */
export const ROUND_KEYS = {
  name: "名称",
  passRatio: "通过线比例",
  date: "评审日期",
  standard: "评分标准",
} as const;

/** One sheet of the roster as read by a host: header text → column letter, and the data rows. */
export interface RosterTable {
  sheet: string;
  /** Header text (trimmed) → column letter, from row 1. */
  headers: Record<string, string>;
  /** Data rows (2 on) that hold anything, with their 1-based row number. */
  rows: { row: number; values: Record<string, CellValue> }[];
  /** The sheet is hidden in the workbook (a host that can tell says so). */
  hidden?: boolean;
}

/** The roster's sheets by name; a missing sheet is absent. */
export type RosterTables = Partial<Record<string, RosterTable>>;
