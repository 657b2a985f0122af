/**
 * The use case "consensus": the 共识 workbook planned from a consolidation (all applications, or
 * those with a 分歧); after the meeting, the consolidation takes the filled sheets into account
 * (consolidateFiles' `consensus`, src/consolidate/consensus.ts).
 */
import type { ConsolidationResult } from "../consolidate";
import type { SheetPlan } from "../sheet-kit";
import { consensusWorkbook, type ConsensusScope } from "../sheets/consensus";
import type { Standard } from "../standard";

export { CONSENSUS_SCOPES, type ConsensusScope } from "../sheets/consensus";

export function planConsensus(
  standard: Standard,
  result: ConsolidationResult,
  scope: ConsensusScope = "all"
): SheetPlan[] {
  return consensusWorkbook(standard, result, scope);
}
