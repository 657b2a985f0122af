/** The JSON form of a consolidation (mhscore consolidate --json). */
import type { CombinedApplication, StageResult } from "./combine-stages";
import { progressCounts, progressCountsByJudge } from "./progress-counts";
import type { ConsolidationResult } from "./types";

export function consolidationJson(result: ConsolidationResult) {
  return {
    options: result.options,
    ...(result.round ? { round: result.round.name } : {}),
    applications: result.applications.map((a) => ({
      ...(a.applicationId ? { applicationId: a.applicationId } : {}),
      applicant: a.applicant,
      item: a.item,
      itemTitle: a.itemTitle,
      judges: a.judges.map((j) => ({
        judge: j.judge,
        ...(j.judgeId ? { judgeId: j.judgeId } : {}),
        file: j.file,
        sheet: j.sheet,
        total: j.total,
        scores: j.scores,
        warnings: j.warnings.map((w) => ({ subItem: w.subItem, code: w.code, message: w.message })),
      })),
      mean: a.mean,
      trimmedMean: a.trimmedMean,
      final: a.final,
      finalSource: a.finalSource,
      independentFinal: a.independentFinal,
      consensus: a.consensus,
      percent: a.percent,
      verdict: a.verdict,
      rank: a.rank,
      proposedWinner: a.decision === "proposed",
      tieAtCut: a.decision === "tie-at-cut",
      ...(a.ineligible !== undefined ? { ineligible: a.ineligible } : {}),
      ...(a.advance !== undefined ? { advance: a.advance } : {}),
      totalRange: a.totalRange,
      spreads: a.spreads.map((s) => ({
        code: s.code,
        range: s.range,
        disagreement: s.disagreement,
      })),
      flags: a.flags,
    })),
    judges: result.agreement.judges,
    agreement: { pooledSd: result.agreement.pooledSd, items: result.agreement.items },
    problems: result.problems,
    ...(result.round ? { progress: result.round.progress } : {}),
    ...(result.round
      ? {
          progressCounts: {
            ...progressCounts(result.round.progress),
            byJudge: progressCountsByJudge(result.round.progress).map((j) => ({
              judgeId: j.judgeId,
              judge: j.judge,
              ...j.counts,
            })),
          },
        }
      : {}),
    counts: {
      files: result.filesRead,
      sheetsRead: result.sheetsRead,
      sheetsCounted: result.sheetsCounted,
    },
  };
}

/** The JSON of a round in stages: every stage's consolidation, then the combined result. */
export function stagesJson(stages: readonly StageResult[], combined: CombinedApplication[]) {
  return {
    ...(stages[0].result.round ? { round: stages[0].result.round.name } : {}),
    stages: stages.map(({ stage, result }) => ({
      id: stage.id,
      name: stage.name,
      weight: stage.weight,
      ...consolidationJson(result),
    })),
    combined: {
      weights: Object.fromEntries(stages.map((s) => [s.stage.id, s.stage.weight])),
      applications: combined.map((a) => ({
        applicationId: a.applicationId,
        applicant: a.applicant,
        item: a.item,
        itemTitle: a.itemTitle,
        finals: Object.fromEntries(stages.map((s, i) => [s.stage.id, a.finals[i]])),
        combined: a.combined,
        verdict: a.verdict,
        rank: a.rank,
        proposedWinner: a.decision === "proposed",
        tieAtCut: a.decision === "tie-at-cut",
        ...(a.ineligible !== undefined ? { ineligible: a.ineligible } : {}),
        ...(a.note ? { note: a.note } : {}),
      })),
    },
  };
}
