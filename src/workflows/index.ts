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
export {
  checkSheetHeader,
  planJudgeSheets,
  type JudgeSheets,
  type JudgeSheetsRequest,
} from "./judge-sheet/plan-judge-sheets";
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
export {
  consolidateStages,
  type StageSources,
  type StagesRequest,
  type StagesRun,
} from "./consolidate-stages";
export { CONSENSUS_SCOPES, planConsensus, type ConsensusScope } from "./consensus";
export { writeReports, type ReportFile, type ReportRequest } from "./report";
export { writeNotice, type NoticeCounts, type NoticeRequest, type NoticeRun } from "./notice";

// The open workbook, on any host behind the workbook port: the judge's sheets …
export {
  readWorkbookSheets,
  scoringSheetInfo,
  type GuideInWorkbook,
  type ScoringSheetInfo,
  type WorkbookSheets,
} from "./judge-sheet/workbook-sheets";
export {
  sheetProgress,
  workbookProgress,
  type SheetProgress,
  type WorkbookProgress,
} from "./judge-sheet/workbook-progress";
export { readSheetState, scoringSheetOf } from "./judge-sheet/sheet-state";
export {
  generateSheet,
  type GenerateRequest,
  type GenerateResult,
  type SheetStandard,
} from "./judge-sheet/generate-sheet";
export { writeEntry, type EntryUpdate } from "./judge-sheet/write-entry";
export { submitSheet, reopenSheet, type SubmitResult } from "./judge-sheet/submit-sheet";
export {
  confirmsSubmission,
  rememberedJudge,
  rememberJudge,
  setConfirmsSubmission,
} from "./judge-sheet/judge-setting";
// … and the secretariat's.
export { readRosterTables } from "./open-workbook/read-roster";
export { readConsensusSheets } from "./open-workbook/read-consensus";
export { writeNewSheets, writeGridSheet } from "./open-workbook/write-sheets";
// What a host is and tells (the pane's services carry one).
export type { WorkbookPort } from "../workbook-format/workbook-port";
export type {
  InvalidScore,
  ScoreWatch,
  Selection,
  WorkbookEvents,
} from "../workbook-format/workbook-events";
export { SheetOperationError } from "../workbook-format/sheet-operation-error";
