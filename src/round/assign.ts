/**
 * Who scores what. By default every judge scores every application they are not 回避 from (a
 * small panel); a 分配 grid in the roster says it explicitly; `perApplication` K assigns K judges
 * to each application, balancing the judges' loads (they differ by at most one where 回避
 * allows), never a 回避 pair, the same for the same roster.
 */
import { t } from "../strings";
import type { Application, Assignment, Judge, Round, RosterProblem } from "./types";

const key = (applicationId: string, judgeId: string) => `${applicationId}\u0000${judgeId}`;

/** Is this judge 回避 from this application? */
export function conflictChecker(round: Round): (applicationId: string, judgeId: string) => boolean {
  const conflicts = new Set(round.conflicts.map((c) => key(c.applicationId, c.judgeId)));
  return (applicationId, judgeId) => conflicts.has(key(applicationId, judgeId));
}

/** The applications that are scored: all but those 资格审查 refused (申报 → 资格 = 不符合). */
export function eligibleApplications(round: Round): Application[] {
  return round.applications.filter((a) => !a.ineligible);
}

/** The roster's own assignment: its 分配 grid, or every pair that is not 回避. */
export function rosterAssignments(round: Round): Assignment[] {
  if (round.grid) return round.grid;
  const isConflict = conflictChecker(round);
  return eligibleApplications(round).flatMap((a) =>
    round.judges
      .filter((j) => !isConflict(a.id, j.id))
      .map((j) => ({ applicationId: a.id, judgeId: j.id }))
  );
}

export type Balanced =
  { ok: true; assignments: Assignment[] } | { ok: false; problems: RosterProblem[] };

/**
 * K judges per application, greedily: each application in roster order takes the K eligible
 * judges with the fewest applications so far; ties go to the judge next in a rotation that
 * starts one further for each application, so that equal loads spread evenly.
 */
export function balancedAssignments(round: Round, perApplication: number): Balanced {
  const isConflict = conflictChecker(round);
  const load = new Map(round.judges.map((j) => [j.id, 0]));
  const n = round.judges.length;
  const assignments: Assignment[] = [];
  const problems: RosterProblem[] = [];
  eligibleApplications(round).forEach((app, index) => {
    const eligible = round.judges
      .map((judge, position) => ({ judge, turn: (position - index + n * perApplication) % n }))
      .filter(({ judge }) => !isConflict(app.id, judge.id));
    if (eligible.length < perApplication) {
      problems.push(notEnough(app, eligible.length, perApplication));
      return;
    }
    eligible.sort((a, b) => load.get(a.judge.id)! - load.get(b.judge.id)! || a.turn - b.turn);
    for (const { judge } of eligible.slice(0, perApplication)) {
      load.set(judge.id, load.get(judge.id)! + 1);
      assignments.push({ applicationId: app.id, judgeId: judge.id });
    }
  });
  return problems.length ? { ok: false, problems } : { ok: true, assignments };
}

function notEnough(app: Application, eligible: number, wanted: number): RosterProblem {
  return {
    sheet: app.source?.sheet ?? "",
    cell: app.source?.cell ?? "",
    message: t("roster.notEnoughJudges", {
      id: app.id,
      applicant: app.applicant,
      eligible,
      wanted,
    }),
  };
}

/** Applications nobody scores and judges with nothing to score, under an assignment. */
export function coverageProblems(
  round: Round,
  assignments: Assignment[] = rosterAssignments(round)
): RosterProblem[] {
  const scored = new Set(assignments.map((a) => a.applicationId));
  const busy = new Set(assignments.map((a) => a.judgeId));
  const where = (x: Application | Judge) => ({
    sheet: x.source?.sheet ?? "",
    cell: x.source?.cell ?? "",
  });
  const refused = round.applications.filter((a) => a.ineligible && scored.has(a.id));
  return [
    ...refused.map((a) => ({
      ...where(a),
      message: t("roster.ineligibleAssigned", { id: a.id, reason: a.ineligible!.reason }),
    })),
    ...eligibleApplications(round)
      .filter((a) => !scored.has(a.id))
      .map((a) => ({
        ...where(a),
        message: t("roster.noJudge", { id: a.id, applicant: a.applicant }),
      })),
    ...round.judges
      .filter((j) => !busy.has(j.id))
      .map((j) => ({
        ...where(j),
        message: t("roster.noApplication", { id: j.id, name: j.name }),
      })),
  ];
}

/** Each judge's applications under an assignment, in roster order. */
export function applicationsByJudge(
  round: Round,
  assignments: Assignment[]
): Map<string, Application[]> {
  const pairs = new Set(assignments.map((a) => key(a.applicationId, a.judgeId)));
  return new Map(
    round.judges.map((j) => [j.id, round.applications.filter((a) => pairs.has(key(a.id, j.id)))])
  );
}
