/**
 * The combined result of a round in stages: each stage consolidated by its own rules, then per
 * application the combined final Σ weight × stage final (src/standard/combined-score.ts), with
 * its verdict, rank and 拟获奖 within the item, as for one stage.
 *
 * Who is in the combined ranking: an eligible application with a final in every weighted stage
 * that was not left out at an earlier stage (晋级 or 并列待定 there — the committee let a tie
 * through by scoring it in the next stage). An application left out keeps its earlier stages'
 * results and has no combined final, whatever a later folder holds of it.
 */
import type { Stage } from "../round";
import {
  applicationVerdict,
  combinedHundredths,
  decisionOf,
  passLineHundredths,
  sumToHundredths,
  type AppVerdict,
  type Decision,
  type Standard,
} from "../standard";
import { t } from "../strings";
import type { ConsolidationResult } from "./types";

export interface StageResult {
  stage: Stage;
  result: ConsolidationResult;
}

export interface CombinedApplication {
  applicationId: string;
  applicant: string;
  item: number;
  itemTitle: string;
  /** The final of each stage, in the round's order (null: none in that stage). */
  finals: (number | null)[];
  /** Σ weight × stage final, or null when it is not in the combined ranking. */
  combined: number | null;
  verdict: AppVerdict;
  rank: number | null;
  decision: Decision;
  ineligible?: string;
  /** Why it has no combined final (left out at a stage, a stage without a final), or "". */
  note: string;
}

const H = (v: number) => sumToHundredths([v]);

/** Whether it was left out at a stage before the last (its 晋级 there was blank), and where. */
function leftOutAt(stages: readonly StageResult[], id: string): Stage | null {
  for (const { stage, result } of stages.slice(0, -1)) {
    const app = result.applications.find((a) => a.applicationId === id);
    if (app && app.advance === "out") return stage;
  }
  return null;
}

function combinedOf(
  stages: readonly StageResult[],
  id: string,
  finals: (number | null)[],
  ineligible: string | undefined
): { combined: number | null; note: string } {
  if (ineligible !== undefined)
    return { combined: null, note: t("flag.ineligible", { reason: ineligible }) };
  const out = leftOutAt(stages, id);
  if (out) return { combined: null, note: t("combined.leftOut", { stage: out.name }) };
  const weights = stages.map((s) => s.stage.weight);
  const hundredths = combinedHundredths(
    weights,
    finals.map((f) => (f === null ? null : H(f)))
  );
  if (hundredths === null) {
    const missing = stages.filter((s, i) => s.stage.weight !== 0 && finals[i] === null);
    const names = missing.map((s) => s.stage.name).join(t("sep.list"));
    return { combined: null, note: t("combined.noFinal", { stages: names }) };
  }
  return { combined: hundredths / 100, note: "" };
}

/** Every application of the round (the first stage's, in its order), combined over `stages`. */
export function combineStages(
  standard: Standard,
  stages: readonly StageResult[],
  passRatio: number,
  winners?: number
): CombinedApplication[] {
  const pass = passLineHundredths(standard, passRatio);
  const apps: CombinedApplication[] = stages[0].result.applications.map((first) => {
    const id = first.applicationId ?? "";
    const finals = stages.map(
      (s) => s.result.applications.find((a) => a.applicationId === id)?.final ?? null
    );
    const { combined, note } = combinedOf(stages, id, finals, first.ineligible);
    return {
      applicationId: id,
      applicant: first.applicant,
      item: first.item,
      itemTitle: first.itemTitle,
      finals,
      combined,
      verdict: applicationVerdict(combined === null ? null : H(combined), pass),
      rank: null,
      decision: "not-proposed",
      ...(first.ineligible !== undefined ? { ineligible: first.ineligible } : {}),
      note,
    };
  });
  const candidates = apps.map((a) => ({
    item: a.item,
    finalHundredths: a.combined === null ? null : H(a.combined),
    verdict: a.verdict,
  }));
  apps.forEach((a, i) => {
    const mine = candidates[i].finalHundredths;
    if (mine !== null)
      a.rank =
        candidates.filter(
          (o) => o.item === a.item && o.finalHundredths !== null && o.finalHundredths > mine
        ).length + 1;
    a.decision = decisionOf(candidates[i], candidates, winners);
  });
  return apps.sort(
    (a, b) =>
      a.item - b.item ||
      (a.rank ?? Infinity) - (b.rank ?? Infinity) ||
      a.applicationId.localeCompare(b.applicationId)
  );
}

/**
 * The combined result in the shape of one stage's (the finals are the combined ones), for the
 * sheets that list the proposal from values: 拟获奖名单, 审定 and 异议登记.
 */
export function combinedAsResult(
  standard: Standard,
  stages: readonly StageResult[],
  combined: readonly CombinedApplication[]
): ConsolidationResult {
  const first = stages[0].result;
  const last = stages[stages.length - 1].result;
  const applications = combined
    .filter((a) => a.ineligible === undefined)
    .map((a) => ({
      applicationId: a.applicationId,
      applicant: a.applicant,
      item: a.item,
      itemTitle: a.itemTitle,
      judges: [],
      mean: null,
      trimmedMean: null,
      final: a.combined,
      finalSource: "independent" as const,
      independentFinal: a.combined,
      consensus: null,
      percent:
        a.combined === null ? null : Math.round((a.combined / standard.fullMarks) * 1e4) / 1e4,
      verdict: a.verdict,
      rank: a.rank,
      decision: a.decision,
      totalRange: null,
      spreads: [],
      flags: [],
    }));
  return {
    options: first.options,
    ...(first.round ? { round: first.round } : {}),
    applications,
    agreement: last.agreement,
    problems: [],
    filesRead: 0,
    sheetsRead: 0,
    sheetsCounted: 0,
  };
}
