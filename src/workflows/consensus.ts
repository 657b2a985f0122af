/**
 * The use case "consensus": the 共识 workbook planned from a consolidation (all applications, or
 * those with a 分歧); after the meeting, the consolidation takes the filled sheets into account
 * (consolidateFiles' `consensus`, src/consolidate/consensus.ts).
 */
import type { ConsolidationResult } from "../consolidate";
import type { SheetPlan } from "../sheet-kit";
import { consensusWorkbook, type ConsensusScope } from "../secretariat-sheets/consensus";
import type { RoundContext } from "./round-context";

export { CONSENSUS_SCOPES, type ConsensusScope } from "../secretariat-sheets/consensus";

export function planConsensus(
  context: RoundContext,
  request: { result: ConsolidationResult; scope?: ConsensusScope }
): SheetPlan[] {
  return consensusWorkbook(context.standard, request.result, request.scope ?? "all");
}
