/**
 * The use cases — the only door the shells (src/cli, src/taskpane, a page) go through. Each is
 * written once, with its input checks, and takes the round context (round-context.ts) resolved at
 * the shell's edge and one request object.
 */
export type { Checked, FileSource, RunControl } from "./ports";
export {
  isPassRatio,
  resolveRoundContext,
  standardFor,
  withRoster,
  type JudgeRef,
  type RosterRoundContext,
  type RoundContext,
  type RoundContextRequest,
} from "./round-context";
export { safeFileName } from "./file-names";
export { planJudgeSheets, type JudgeSheets, type JudgeSheetsRequest } from "./judge-sheets";
export { placeScoringSheet, type ExistingSheet, type SheetPlace } from "./place-sheet";
export { planBlankRoster, checkRoster, type RosterCheck } from "./roster";
export {
  distributeRound,
  planJudgeWorkbooks,
  type DistributeOptions,
  type Distribution,
  type JudgeWorkbook,
} from "./distribute";
export {
  consolidateRound,
  type ConsolidationRequest,
  type ConsolidationRun,
} from "./consolidate-files";
export { CONSENSUS_SCOPES, planConsensus, type ConsensusScope } from "./consensus";
export { writeReports, type ReportFile, type ReportRequest } from "./report";
