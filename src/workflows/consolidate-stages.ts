/**
 * The use case "consolidate a round in stages": one set of files per stage, in the roster's
 * order (资料评审/, 现场评审/ …). Judges' sheets do not say their stage, so the N-th set is the
 * N-th stage; a set whose folder is named after another stage of the round is refused. Each
 * stage is consolidated by its own rules (consolidate-files.ts, with its 晋级 rule), then the
 * combined result (src/consolidate/combine-stages.ts) and the workbook are planned.
 */
import {
  combineStages,
  type CombinedApplication,
  type ConsolidationResult,
  type PathProblems,
  type RosterContext,
  type StageResult,
} from "../consolidate";
import { stagesOf, type Stage } from "../round";
import type { SheetPlan } from "../sheet-kit";
import { stagesWorkbook } from "../secretariat-sheets/consolidation";
import { t } from "../strings";
import {
  consolidateRound,
  type ConsolidationRequest,
  type ConsolidationRun,
} from "./consolidate-files";
import type { FileSource } from "./ports";
import type { RoundContext } from "./round-context";

/** One stage's files: where they came from (a folder's name, for the checks) and the files. */
export interface StageSources {
  label: string;
  sources: FileSource[];
  paths?: PathProblems;
}

export type StagesRequest = Omit<ConsolidationRequest, "sources" | "paths" | "consensus"> & {
  sets: StageSources[];
};

export type StagesRun =
  | { kind: "invalid"; message: string }
  | { kind: "cancelled" }
  | {
      kind: "done";
      /** Each stage's run, in the round's order. */
      runs: { stage: Stage; label: string; run: ConsolidationRun }[];
      stages: StageResult[];
      combined: CombinedApplication[];
      plans: SheetPlan[];
    };

/** The stage a set's name points to, when it names one of the round's stages. */
const namedStage = (stages: readonly Stage[], label: string) =>
  stages.find((s) => label.normalize("NFKC").includes(s.name));

/** Whether the sets fit the round's stages: as many, and none named after another stage. */
function checkSets(stages: readonly Stage[], sets: readonly StageSources[]): string | null {
  const list = stages.map((s) => s.name).join(t("sep.list"));
  if (sets.length !== stages.length)
    return t("combined.setCount", { sets: sets.length, count: stages.length, stages: list });
  for (const [i, set] of sets.entries()) {
    const named = namedStage(stages, set.label);
    if (named && named.id !== stages[i].id)
      return t("combined.setStage", {
        label: set.label,
        n: i + 1,
        stage: stages[i].name,
        named: named.name,
      });
  }
  return null;
}

/**
 * The roster of a later stage: the applications that went on from the stage before (晋级 or
 * 并列待定). A sheet of any other in the later folder is reported (not in the roster), not counted.
 */
function shortlistedRoster(roster: RosterContext, before: ConsolidationResult): RosterContext {
  const on = new Set(
    before.applications.filter((a) => a.advance !== "out").map((a) => a.applicationId ?? "")
  );
  const round = roster.round;
  return {
    round: {
      ...round,
      applications: round.applications.filter((a) => on.has(a.id)),
      grid: round.grid ? round.grid.filter((p) => on.has(p.applicationId)) : null,
    },
    assignments: roster.assignments.filter((p) => on.has(p.applicationId)),
  };
}

/** The use case: every stage consolidated in order, then combined. */
export async function consolidateStages(
  context: RoundContext,
  request: StagesRequest
): Promise<StagesRun> {
  const stages = stagesOf(context.roster?.round);
  const refused = checkSets(stages, request.sets);
  if (refused) return { kind: "invalid", message: refused };
  const runs: { stage: Stage; label: string; run: ConsolidationRun }[] = [];
  const { sets, ...rest } = request;
  for (const [i, set] of sets.entries()) {
    const before = runs[i - 1]?.run;
    const roster =
      before && "result" in before && context.roster
        ? shortlistedRoster(context.roster, before.result)
        : context.roster;
    const run = await consolidateRound(
      { ...context, stage: stages[i], ...(roster ? { roster } : {}) },
      { ...rest, sources: set.sources, paths: set.paths, summary: false }
    );
    if (run.kind === "invalid" || run.kind === "cancelled") return run;
    runs.push({ stage: stages[i], label: set.label, run });
  }
  const results: StageResult[] = runs.map(({ stage, run }) => ({
    stage,
    result: (run as Extract<ConsolidationRun, { result: unknown }>).result,
  }));
  const { winners } = results[0].result.options;
  const combined = combineStages(context.standard, results, context.passRatio, winners);
  const plans =
    request.summary === false ? [] : stagesWorkbook(context.standard, results, combined);
  return { kind: "done", runs, stages: results, combined, plans };
}
