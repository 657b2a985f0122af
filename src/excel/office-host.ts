/**
 * Excel as the pane's host, wired once at start-up (src/taskpane/index.tsx): the open workbook as
 * a workbook port, its events, and the zh-CN notes on what this Excel lacks. The adapters' code
 * is its own chunk, fetched by the first call the pane makes (just after its first render): the
 * first screen carries only the capability check.
 */
import { lazyWorkbookEvents, lazyWorkbookPort } from "../workbook-format/lazy-port";
import type { WorkbookEvents } from "../workbook-format/workbook-events";
import type { WorkbookPort } from "../workbook-format/workbook-port";
import { detectCapabilities, type Requirements } from "./capabilities";
import type { ExcelRun } from "./excel-run";

export interface OfficeHost {
  workbook: WorkbookPort;
  events: WorkbookEvents;
  /** One zh-CN note per capability this Excel lacks (shown in the pane). */
  notes: string[];
}

const loadAdapters = () => import(/* webpackChunkName: "office" */ "./office-adapters");

export function officeHost(run: ExcelRun, requirements: Requirements): OfficeHost {
  const caps = detectCapabilities(requirements);
  return {
    workbook: lazyWorkbookPort(() => loadAdapters().then((m) => m.officeWorkbook(run, caps))),
    events: lazyWorkbookEvents(() => loadAdapters().then((m) => m.officeEvents(run, caps))),
    notes: caps.notes,
  };
}
