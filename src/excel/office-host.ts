/**
 * Excel as the pane's host, wired once at start-up (src/taskpane/index.tsx): the open workbook as
 * a workbook port, its events, and the zh-CN notes on what this Excel lacks.
 */
import type { WorkbookEvents } from "../workbook-format/workbook-events";
import type { WorkbookPort } from "../workbook-format/workbook-port";
import { detectCapabilities, type Requirements } from "./capabilities";
import type { ExcelRun } from "./excel-run";
import { officeEvents } from "./office-events";
import { officeWorkbook } from "./office-workbook";

export interface OfficeHost {
  workbook: WorkbookPort;
  events: WorkbookEvents;
  /** One zh-CN note per capability this Excel lacks (shown in the pane). */
  notes: string[];
}

export function officeHost(run: ExcelRun, requirements: Requirements): OfficeHost {
  const caps = detectCapabilities(requirements);
  return {
    workbook: officeWorkbook(run, caps),
    events: officeEvents(run, caps),
    notes: caps.notes,
  };
}
