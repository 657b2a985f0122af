/**
 * A round is an ordered list of stages (资格审查 → 资料评审 → 现场评审 …). Each stage is scored and
 * consolidated by the same rules, in the same steps: the judges' independent scores, then — where
 * the meeting filled a 共识 sheet — the consensus. A stage's result therefore always has one shape
 * (src/workflows' StageOutcome), whatever stages a round adds; `weight` is its share of the
 * combined result (a stage of weight 0 only gates).
 *
 * A roster without a 阶段 sheet is one stage, 资料评审, of weight 1; the 阶段 sheet lists the
 * stages in order, each with its weight and its rule for who goes on (read-stages.ts).
 */
import type { AdvanceRule } from "../standard/shortlist";
import { t } from "../strings";
import type { Round } from "./types";

/** The steps a stage's final score can come from, in the order they are taken. */
export const STAGE_STEPS = ["independent", "consensus"] as const;
export type StageStep = (typeof STAGE_STEPS)[number];

export interface Stage {
  /** Stable id, used in files and on the command line. */
  id: string;
  /** zh-CN name shown to people (资料评审). */
  name: string;
  /** Share of the combined result, 0–1; the weights of a round's stages sum to 1. */
  weight: number;
  /** Who goes on to the next stage (the last stage's rule is not used). */
  advance: AdvanceRule;
}

/** The stage every round has: the document review. */
export const DOCUMENT_REVIEW: Stage = {
  id: "document-review",
  name: t("stage.documentReview"),
  weight: 1,
  advance: { kind: "all" },
};

/** The round's stages in order. A roster without a 阶段 sheet is the one-stage round. */
export function stagesOf(round?: Round): Stage[] {
  return round?.stages && round.stages.length > 0 ? round.stages : [DOCUMENT_REVIEW];
}

/** The stage named by id or by its zh-CN name, or null. */
export function stageFrom(stages: readonly Stage[], text: string): Stage | null {
  const wanted = text.trim();
  return stages.find((s) => s.id === wanted || s.name === wanted) ?? null;
}
