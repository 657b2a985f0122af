/**
 * The round context: what every use case of a round needs, resolved once at the shell's edge (the
 * CLI's command, the pane's start-up) and passed down whole — the standard (by id), the pass ratio,
 * the roster, the stage, and the judge as { id, name }. No layer below fills a default again.
 *
 * The pass ratio has one rule: the explicit option, else the roster's, else the standard's.
 */
import type { RosterContext } from "../consolidate";
import { DOCUMENT_REVIEW, stageFrom, stagesOf, type Stage } from "../round/stages";
import { defaultStandard, passRatioOf, type Standard } from "../standard";
import { t } from "../strings";
import type { Checked } from "./ports";

/** A judge as the round knows them: the roster's id (or MH_JUDGE_ID), "" when there is none. */
export interface JudgeRef {
  id: string;
  name: string;
}

export interface RoundContext {
  standard: Standard;
  /** Fraction of full marks that passes. */
  passRatio: number;
  roster?: RosterContext;
  stage: Stage;
  /** The judge at work (the pane, a judge's template); absent for the secretariat. */
  judge?: JudgeRef;
}

/** The context of a use case that needs the round's roster (distribute, progress). */
export type RosterRoundContext = RoundContext & { roster: RosterContext };

/** The context with its roster, or null when it has none. */
export const withRoster = (context: RoundContext): RosterRoundContext | null =>
  context.roster ? { ...context, roster: context.roster } : null;

export interface RoundContextRequest {
  /** A standard already loaded (a revised standard's JSON); wins over any id. */
  standard?: Standard;
  /** The standard's id; the roster's, else the built-in one, when absent. */
  standardId?: string;
  /** An explicit pass ratio (--pass, the pane's field). */
  passRatio?: number;
  roster?: RosterContext;
  /** The stage's id or name; the round's first stage when absent. */
  stage?: string;
  judge?: JudgeRef;
}

/** The standards this build knows, by id. */
const STANDARDS: readonly Standard[] = [defaultStandard];

const standardIdOf = (s: Standard) => (s as { id?: string }).id ?? "";

/** The built-in standard with this id (the default one when no id is asked), or null. */
export function standardFor(id?: string): Standard | null {
  if (id === undefined || id === "") return defaultStandard;
  return STANDARDS.find((s) => standardIdOf(s) === id) ?? null;
}

/** A pass ratio a round can use: a number above 0 and at most 1. */
export const isPassRatio = (n: number) => Number.isFinite(n) && n > 0 && n <= 1;

function resolveStage(request: RoundContextRequest): Checked<Stage> {
  const stages = stagesOf(request.roster?.round);
  if (request.stage === undefined) return { ok: true, value: stages[0] ?? DOCUMENT_REVIEW };
  const stage = stageFrom(stages, request.stage);
  if (stage) return { ok: true, value: stage };
  const list = stages.map((s) => s.name).join(t("sep.list"));
  return { ok: false, message: t("stage.unknown", { value: request.stage, stages: list }) };
}

/** The context of one run, or the zh-CN reason it cannot be had. */
export function resolveRoundContext(request: RoundContextRequest = {}): Checked<RoundContext> {
  const rosterStandard = request.roster?.round.standardId;
  const id = request.standardId ?? rosterStandard;
  const standard = request.standard ?? standardFor(id);
  if (!standard) {
    const known = STANDARDS.map(standardIdOf).join(t("sep.list"));
    return { ok: false, message: t("context.unknownStandard", { value: id ?? "", known }) };
  }
  const passRatio = passRatioOf(standard, request.passRatio ?? request.roster?.round.passRatio);
  if (!isPassRatio(passRatio))
    return { ok: false, message: t("context.badPass", { value: String(passRatio) }) };
  const stage = resolveStage(request);
  if (!stage.ok) return stage;
  return {
    ok: true,
    value: {
      standard,
      passRatio,
      ...(request.roster ? { roster: request.roster } : {}),
      stage: stage.value,
      ...(request.judge ? { judge: request.judge } : {}),
    },
  };
}
