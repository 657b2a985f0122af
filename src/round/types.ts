import type { Stage } from "./stages";

/**
 * An award round as data: its applications, its judges, who must stay out of what (回避), and
 * who scores what. One roster workbook (名册, docs/roster-format.md) is its single source of
 * truth; ids, not names, tie the round's files together.
 */

export interface Application {
  /** 申报编号, as written in the roster (text). */
  id: string;
  applicant: string;
  /** 1–5. */
  item: number;
  /** Where its id stands in the roster ("申报!A5"), for problems about it; "" when not from a roster. */
  source?: { sheet: string; cell: string };
  /** 资格审查 refused it (申报 → 资格 = 不符合：原因): neither distributed nor ranked. */
  ineligible?: { reason: string };
}

export interface Judge {
  /** 评委编号. */
  id: string;
  name: string;
  unit: string;
  /** 评审组 (a site-visit team), when the roster gives one. */
  group?: string;
  /** The 组长 of that group. */
  leader?: boolean;
  source?: { sheet: string; cell: string };
}

/** 回避: this judge must not score this application. */
export interface Conflict {
  applicationId: string;
  judgeId: string;
  reason: string;
}

/** One judge scores one application. */
export interface Assignment {
  applicationId: string;
  judgeId: string;
}

export interface Round {
  name: string;
  /** Fraction of full marks that passes. */
  passRatio: number;
  /** "YYYY-MM-DD", or "" when the roster gives none. */
  date: string;
  /** The standard the roster names (轮次 → 评分标准, its id), when it names one. */
  standardId?: string;
  applications: Application[];
  judges: Judge[];
  conflicts: Conflict[];
  /** The 分配 grid's pairs, or null when the roster has none (every judge scores every application not 回避). */
  grid: Assignment[] | null;
  /** The 阶段 sheet's stages in order; absent without one (the one-stage round, src/round/stages.ts). */
  stages?: Stage[];
}

/** A roster problem: where it is and what is wrong, in zh-CN. */
export interface RosterProblem {
  sheet: string;
  /** "B4", or "" for the whole sheet. */
  cell: string;
  message: string;
}
