/**
 * The Office.js host: what the rest of the code may use of it. The pane wires `officeHost` once
 * at start-up; the use cases see only the workbook port and the events it gives.
 */
export { detectCapabilities, type Capabilities, type Requirements } from "./capabilities";
export type { ExcelRun } from "./excel-run";
export { officeHost, type OfficeHost } from "./office-host";
export { officeWorkbook, OfficeWorkbook } from "./office-workbook";
export { officeEvents } from "./office-events";
export { ScoreGuard } from "./score-guard";
export { queueSheetPlan } from "./queue-sheet-plan";
export { charsToPoints } from "./units";
