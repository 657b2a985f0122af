/**
 * Consolidation with a roster: each checked sheet is tied to its application and judge by the ids
 * it carries (MH_ROUND, MH_APP_ID, MH_JUDGE_ID) — by names for sheets without ids, saying so — and
 * what the roster does not allow is reported and not counted: a sheet from another round, an
 * unknown application or judge, a 回避 judge, a judge not assigned. The progress of every roster
 * pair follows: 已提交, 已评未提交, 未完成, 未收到, or 回避.
 */
import type { Application, Assignment, Judge, Round } from "../round";
import { sameApplicant, type Standard } from "../standard";
import { t } from "../strings";
import type { SheetCheck } from "./check-sheet";
import type { ProblemCode } from "./problem-codes";
import type { Problem } from "./types";

export interface RosterContext {
  round: Round;
  assignments: Assignment[];
}

export type ProgressState = "finalized" | "complete" | "incomplete" | "missing" | "conflict";

export interface ProgressEntry {
  applicationId: string;
  applicant: string;
  item: number;
  judgeId: string;
  judge: string;
  state: ProgressState;
}

export interface RosterMatch {
  problems: Problem[];
  /** The application each counted or incomplete sheet belongs to. */
  applicationOf: Map<SheetCheck, Application>;
  progress: ProgressEntry[];
}

const pairKey = (applicationId: string, judgeId: string) => `${applicationId}\u0000${judgeId}`;

type Resolved =
  | { app: Application; judge: Judge; byName: boolean }
  | { problem: [code: ProblemCode, message: string, cell?: string] };

/** The application and judge a sheet is for, by its ids, else by its names. */
function resolve(c: SheetCheck, round: Round, standard: Standard): Resolved {
  const id = c.identity;
  if (id) {
    if (id.round !== round.name)
      return {
        problem: ["other-round", t("problem.otherRound", { round: id.round, current: round.name })],
      };
    const app = round.applications.find((a) => a.id === id.applicationId);
    if (!app)
      return {
        problem: [
          "unknown-application",
          t("problem.unknownApplicationId", { id: id.applicationId }),
        ],
      };
    const judge = round.judges.find((j) => j.id === id.judgeId);
    if (!judge)
      return { problem: ["unknown-judge", t("problem.unknownJudgeId", { id: id.judgeId })] };
    if (app.item !== c.item) {
      const title = (n: number) => standard.parts.find((p) => p.number === n)?.title ?? String(n);
      return {
        problem: [
          "item-mismatch",
          t("problem.itemMismatch", {
            id: app.id,
            sheetItem: title(c.item),
            rosterItem: title(app.item),
          }),
        ],
      };
    }
    // The ids say which application; the applicant's name must agree (a retyped id misattributes).
    if (!sameApplicant(app.applicant, c.applicant))
      return {
        problem: [
          "applicant-mismatch",
          t("problem.applicantMismatch", { id: app.id, sheet: c.applicant, roster: app.applicant }),
          c.applicantCell,
        ],
      };
    return { app, judge, byName: false };
  }
  const app = round.applications.find(
    (a) => a.item === c.item && sameApplicant(a.applicant, c.applicant)
  );
  const named = round.judges.filter((j) => j.name === c.judge);
  if (named.length > 1)
    return {
      problem: [
        "ambiguous-judge",
        t("problem.ambiguousJudge", {
          judge: c.judge,
          ids: named.map((j) => j.id).join(t("sep.list")),
        }),
      ],
    };
  const judge = named[0];
  if (!app || !judge)
    return {
      problem: ["unmatched", t("problem.unmatched", { applicant: c.applicant, judge: c.judge })],
    };
  return { app, judge, byName: true };
}

const STATE_ORDER: ProgressState[] = ["finalized", "complete", "incomplete"];

export function matchToRoster(
  checks: SheetCheck[],
  roster: RosterContext,
  standard: Standard
): RosterMatch {
  const { round, assignments } = roster;
  const assigned = new Set(assignments.map((a) => pairKey(a.applicationId, a.judgeId)));
  const conflicts = new Map(round.conflicts.map((c) => [pairKey(c.applicationId, c.judgeId), c]));
  const problems: Problem[] = [];
  const applicationOf = new Map<SheetCheck, Application>();
  const stateOf = new Map<string, ProgressState>();
  const report = (c: SheetCheck, code: ProblemCode, message: string, cell = "") =>
    problems.push({ file: c.file, sheet: c.sheetName, cell, code, message });
  for (const c of checks) {
    if (!c.applicant && !c.identity) continue; // unreadable: already reported
    const r = resolve(c, round, standard);
    if ("problem" in r) {
      report(c, ...r.problem);
      c.entry = null;
      continue;
    }
    const k = pairKey(r.app.id, r.judge.id);
    const conflict = conflicts.get(k);
    if (conflict) {
      report(
        c,
        "conflict-judge",
        t("problem.conflictJudge", {
          judge: r.judge.name,
          applicant: r.app.applicant,
          reason: conflict.reason || "—",
        })
      );
      c.entry = null;
      continue;
    }
    if (!assigned.has(k)) {
      report(
        c,
        "unassigned-judge",
        t("problem.unassignedJudge", { judge: r.judge.name, applicant: r.app.applicant })
      );
      c.entry = null;
      continue;
    }
    if (r.byName)
      report(
        c,
        "matched-by-name",
        t("problem.matchedByName", { applicationId: r.app.id, judgeId: r.judge.id })
      );
    // The roster's id ties the sheet to its judge from here on, even when it was matched by name.
    if (c.entry) c.entry.judgeId = r.judge.id;
    applicationOf.set(c, r.app);
    const state: ProgressState = c.entry ? (c.submitted ? "finalized" : "complete") : "incomplete";
    const before = stateOf.get(k);
    if (!before || STATE_ORDER.indexOf(state) < STATE_ORDER.indexOf(before)) stateOf.set(k, state);
  }
  return { problems, applicationOf, progress: progressOf(round, assigned, conflicts, stateOf) };
}

function progressOf(
  round: Round,
  assigned: Set<string>,
  conflicts: Map<string, unknown>,
  stateOf: Map<string, ProgressState>
): ProgressEntry[] {
  const entries: ProgressEntry[] = [];
  for (const app of round.applications)
    for (const judge of round.judges) {
      const k = pairKey(app.id, judge.id);
      const state: ProgressState | null = conflicts.has(k)
        ? "conflict"
        : assigned.has(k)
          ? (stateOf.get(k) ?? "missing")
          : null;
      if (state)
        entries.push({
          applicationId: app.id,
          applicant: app.applicant,
          item: app.item,
          judgeId: judge.id,
          judge: judge.name,
          state,
        });
    }
  return entries;
}

/**
 * With a roster: one problem per judge with an assigned application whose sheet never arrived —
 * the whole workbook when none of theirs did. Not among a consolidation's problems (its counts
 * are of the files read); the 问题清单 lists them first.
 */
export function missingFileProblems(progress: readonly ProgressEntry[]): Problem[] {
  const byJudge = new Map<string, { judge: string; apps: string[]; assigned: number }>();
  for (const p of progress) {
    if (p.state === "conflict") continue;
    const entry = byJudge.get(p.judgeId) ?? { judge: p.judge, apps: [], assigned: 0 };
    entry.assigned++;
    if (p.state === "missing") entry.apps.push(p.applicationId);
    byJudge.set(p.judgeId, entry);
  }
  return [...byJudge]
    .filter(([, e]) => e.apps.length > 0)
    .map(([id, { judge, apps, assigned }]) => ({
      file: t("problems.missingFile"),
      sheet: "",
      cell: "",
      code: "missing-file",
      message: t(apps.length === assigned ? "problems.missingAll" : "problems.missingSome", {
        judge,
        id,
        count: apps.length,
        apps: apps.join(t("sep.list")),
      }),
    }));
}
