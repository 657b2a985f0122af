/**
 * The use case "distribute": one workbook per judge, from the round and an assignment — a 封面,
 * a scoring sheet per assigned application (carrying MH_ROUND, MH_APP_ID, MH_JUDGE_ID) and the
 * 评分指引 sheet. Pure: the CLI and the pane write the plans where they can.
 */
import { DEFAULT_LIMITS } from "../xlsx/read-limits";
import { uniqueSheetName, type SheetPlan } from "../sheet-kit";
import type { Application, Assignment, Judge, Round, RosterProblem } from "../round";
import { applicationsByJudge, balancedAssignments, rosterAssignments } from "../round";
import { buildCoverSheet, type CoverLine } from "../judge-sheets/cover-sheet";
import { buildGuideSheet, guideItemOrder } from "../judge-sheets/guide-sheet";
import { buildScoringSheetPlan } from "../judge-sheets/scoring-sheet";
import { subItemsForItem } from "../standard";
import { t } from "../strings";
import { NAMES } from "../workbook-format";
import { fileNameKey, safeFileName } from "./file-names";
import type { RosterRoundContext, RoundContext } from "./round-context";

export interface JudgeWorkbook {
  judge: Judge;
  /** "<评委编号>-<姓名>.xlsx", safe on Windows and elsewhere. */
  fileName: string;
  applications: Application[];
  /** 封面, the scoring sheets in roster order, 评分指引. */
  plans: SheetPlan[];
}

const cellOf = (plan: SheetPlan, name: string) =>
  plan.names.find((n) => n.name === name)!.address.replace(/\$/g, "");

function judgeWorkbook(
  context: RoundContext,
  round: Round,
  judge: Judge,
  applications: Application[],
  date: string
): JudgeWorkbook {
  const { standard } = context;
  const guide = buildGuideSheet(
    standard,
    guideItemOrder(
      [],
      applications.map((a) => a.item)
    ),
    undefined,
    round.name
  );
  const taken = [t("cover.sheetName"), guide.plan.sheetName];
  const lines: CoverLine[] = [];
  const sheets = applications.map((app) => {
    const sheetName = uniqueSheetName(app.applicant, taken);
    taken.push(sheetName);
    const identity = { round: round.name, applicationId: app.id, judgeId: judge.id };
    const header = { applicant: app.applicant, item: app.item, judge: judge.name, date, identity };
    const options = { sheetName, passRatio: context.passRatio, guide: guide.links };
    const plan = buildScoringSheetPlan(standard, header, options);
    lines.push({
      sheetName,
      applicationId: app.id,
      applicant: app.applicant,
      item: app.item,
      cells: {
        scored: cellOf(plan, NAMES.scored),
        total: cellOf(plan, NAMES.total),
        verdict: cellOf(plan, NAMES.verdict),
      },
      requiredCount: subItemsForItem(standard, app.item).length,
    });
    return plan;
  });
  const cover = buildCoverSheet(standard, { round: round.name, judge, date, lines });
  return {
    judge,
    fileName: safeFileName(`${judge.id}-${judge.name}.xlsx`),
    applications,
    plans: [cover, ...sheets, guide.plan],
  };
}

/** One workbook per judge who has anything to score, in roster order. */
export function planJudgeWorkbooks(
  context: RoundContext,
  round: Round,
  assignments: Assignment[],
  date: string
): JudgeWorkbook[] {
  const byJudge = applicationsByJudge(round, assignments);
  return round.judges
    .filter((j) => (byJudge.get(j.id) ?? []).length > 0)
    .map((j) => judgeWorkbook(context, round, j, byJudge.get(j.id)!, date));
}

export interface DistributeOptions {
  /** K judges per application, assigned by the tool (balanced, never a 回避 pair); else the roster's own. */
  perApplication?: number;
  /** The date on the sheets, "YYYY-MM-DD". */
  date: string;
}

export type Distribution =
  | {
      ok: true;
      /** Who scores what: the roster's 分配 (or everyone not 回避), or the tool's when asked. */
      pairs: Assignment[];
      /** True when the tool made the assignment (the roster's 分配 should record it). */
      assignedByTool: boolean;
      workbooks: JudgeWorkbook[];
    }
  | { ok: false; problems: RosterProblem[] };

/** The use case: the assignment, then one planned workbook per judge (the context's roster is the round). */
export function distributeRound(
  context: RosterRoundContext,
  options: DistributeOptions
): Distribution {
  const { round } = context.roster;
  let pairs = rosterAssignments(round);
  if (options.perApplication !== undefined) {
    const balanced = balancedAssignments(round, options.perApplication);
    if (!balanced.ok) return { ok: false, problems: balanced.problems };
    pairs = balanced.assignments;
  }
  const workbooks = planJudgeWorkbooks(context, round, pairs, options.date);
  const collisions = [...fileNameCollisions(workbooks), ...overReaderLimits(workbooks)];
  if (collisions.length > 0) return { ok: false, problems: collisions };
  return { ok: true, pairs, assignedByTool: options.perApplication !== undefined, workbooks };
}

/**
 * A judge's workbook the reader would refuse when it comes back (more sheets or names than
 * DEFAULT_LIMITS allow): refused now, with the reason, rather than written and lost later.
 */
function overReaderLimits(workbooks: JudgeWorkbook[]): RosterProblem[] {
  const { maxSheets, maxNames } = DEFAULT_LIMITS;
  return workbooks.flatMap((w) => {
    const sheets = w.plans.length;
    const names = w.plans.reduce((n, p) => n + p.names.length + (p.constants?.length ?? 0), 0);
    if (sheets <= maxSheets && names <= maxNames) return [];
    const judge = `${w.judge.id} ${w.judge.name}`;
    const count = w.applications.length;
    const message =
      sheets > maxSheets
        ? t("distribute.tooManySheets", { judge, count, sheets, limit: maxSheets })
        : t("distribute.tooManyNames", { judge, count, names, limit: maxNames });
    return [{ sheet: w.judge.source?.sheet ?? "", cell: w.judge.source?.cell ?? "", message }];
  });
}

/** Two judges whose workbooks would be one file on a disk that ignores case: refused before anything is written. */
function fileNameCollisions(workbooks: JudgeWorkbook[]): RosterProblem[] {
  const first = new Map<string, JudgeWorkbook>();
  const problems: RosterProblem[] = [];
  for (const w of workbooks) {
    const key = fileNameKey(w.fileName);
    const other = first.get(key);
    if (!other) {
      first.set(key, w);
      continue;
    }
    problems.push({
      sheet: w.judge.source?.sheet ?? "",
      cell: w.judge.source?.cell ?? "",
      message: t("distribute.fileCollision", {
        a: `${other.judge.id} ${other.judge.name}`,
        b: `${w.judge.id} ${w.judge.name}`,
        file: other.fileName,
      }),
    });
  }
  return problems;
}
export { safeFileName } from "./file-names";
