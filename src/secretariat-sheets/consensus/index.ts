/**
 * The 共识 workbook for the consensus meeting: one sheet per application (all, or those with a
 * 分歧), in the consolidation's order.
 */
import { sanitizeSheetName, uniqueSheetName, type SheetPlan } from "../../sheet-kit";
import type { Standard } from "../../standard";
import { t } from "../../strings";
import type { ConsolidationResult } from "../../consolidate";
import { consensusSheet } from "./consensus-sheet";
import { withStandard } from "../../judge-sheets/standard-name";

export type ConsensusScope = "all" | "disagreements";
export const CONSENSUS_SCOPES: readonly ConsensusScope[] = ["all", "disagreements"];

export function consensusWorkbook(
  standard: Standard,
  result: ConsolidationResult,
  scope: ConsensusScope = "all"
): SheetPlan[] {
  const taken: string[] = [];
  return result.applications
    .filter((a) => a.judges.length > 0)
    .filter((a) => scope === "all" || a.spreads.some((s) => s.disagreement))
    .map((app) => {
      const wanted = app.applicationId ? `${app.applicationId} ${app.applicant}` : app.applicant;
      const name = uniqueSheetName(sanitizeSheetName(wanted), taken);
      taken.push(name);
      const plan = consensusSheet(standard, app, name, {
        spreadRatio: result.options.spreadRatio,
        passRatio: result.options.passRatio,
        roundName: result.round?.name || t("report.defaultRound"),
        roundId: result.round?.name,
      });
      return withStandard(plan, standard);
    });
}

export { consensusSheet };
