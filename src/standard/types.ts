/** The award's scoring standard, as data. Loaded from JSON and validated by `parseStandard`. */

/** 过程 (process) criteria are judged on 方法/展开/学习/整合; 结果 (results) on 水平/趋势/对比/整合. */
/** The kinds as they stand in the standard's JSON. */
export const KIND = { process: "过程", results: "结果" } as const;
export type CriterionKind = (typeof KIND)[keyof typeof KIND];

export interface Factor {
  code: string;
  name: string;
  question: string;
}

export interface KindInfo {
  label: string;
  factors: Factor[];
}

export interface MaturityStep {
  id: string;
  name: string;
  summary: string;
}

/** A maturity band, in whole percent of a sub-item's maximum (e.g. 50–65). */
export interface Band {
  min: number;
  max: number;
  /** id of the maturity step this band belongs to. */
  step: string;
  /** What the band means for 过程 criteria. */
  process: string;
  /** What the band means for 结果 criteria. */
  results: string;
}

export interface SubItem {
  /** "<part>.<n>", e.g. "1.3". */
  code: string;
  title: string;
  max: number;
  kind: CriterionKind;
  /** The criterion text, one entry per bullet or paragraph. */
  criteria: string[];
}

/** "item" = one of the five innovation items (an application picks one); "value" = 创新价值 (always scored). */
export type PartRole = "item" | "value";

export interface Part {
  number: number;
  title: string;
  total: number;
  role: PartRole;
  intro: string;
  subItems: SubItem[];
}

export interface Standard {
  formatVersion: number;
  /** Stable id of the award's standard; with `version`, named in every file the tool writes (MH_STANDARD). */
  id: string;
  /** The edition of the 评分表 (a revised 评分表 is a new version under the same id). */
  version: string;
  name: string;
  fullMarks: number;
  /** Suggested pass line as a fraction of fullMarks (0.6 = 60 %). */
  passRatio: number;
  /** Scoring step in percent of a sub-item's maximum (5 in GB/Z 19579). */
  stepPercent: number;
  kinds: Record<CriterionKind, KindInfo>;
  maturitySteps: MaturityStep[];
  bands: Band[];
  parts: Part[];
}

/** "<id>@<version>": how a file names the standard it was made under (MH_STANDARD). */
export const standardTag = (standard: Pick<Standard, "id" | "version">) =>
  `${standard.id}@${standard.version}`;
