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
  stages: "阶段",
} as const;

export const ROSTER_HEADERS = {
  round: { key: "项目", value: "内容" },
  /** 资格 (optional): 符合, or 不符合：原因 — an ineligible application is neither distributed nor ranked. */
  applications: { id: "编号", applicant: "申报组织", item: "申报单项", eligibility: "资格" },
  /** 评审组 and 组长 (optional): the judges' teams for a site visit, one 组长 each. */
  judges: { id: "编号", name: "姓名", unit: "单位", group: "评审组", leader: "组长" },
  /** 阶段 (optional): the round's stages in order; without it the round is one stage, 资料评审. */
  stages: { name: "阶段", weight: "权重", rule: "晋级规则" },
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

/** The words of 阶段 → 晋级规则 and 申报 → 资格. */
export const STAGE_RULE_WORDS = {
  /** 前 3 名/单项 (per item) or 前 3 名 (across the round). */
  top: /^前\s*(\d+)\s*名\s*(?:[/／]\s*(单项|全部))?$/,
  /** 分数线 300 (points). */
  line: /^分数线\s*[:：]?\s*(\d+(?:\.\d+)?)\s*分?$/,
  all: "全部",
  perItem: "单项",
  eligible: "符合",
  ineligible: /^不符合\s*(?:[:：]\s*([^]*))?$/,
  leader: ["是", "组长", "√", "✓"],
} as const;

/** Stage ids for the stage names the award documents use; any other name is stage-N. */
export const STAGE_IDS: Record<string, string> = {
  资格审查: "eligibility",
  资料评审: "document-review",
  现场评审: "site-visit",
  答辩: "defense",
  综合评价: "combined",
};

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
