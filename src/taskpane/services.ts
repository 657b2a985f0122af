/**
 * What the pane needs from its host, wired once at start-up (index.tsx): the open workbook as a
 * workbook port, the host's events, its notes, the round context, the theme. Tests and the demo
 * substitute the in-memory double behind the same port.
 */
import type { WorkbookEvents } from "../workbook-format/workbook-events";
import type { WorkbookPort } from "../workbook-format/workbook-port";
import type { RoundContext } from "../workflows/round-context";
import type { HostFiles } from "./host-files";

export interface OfficeServices {
  workbook: WorkbookPort;
  events: WorkbookEvents;
  /** zh-CN notes on what this host lacks (shown at the top of the pane). */
  hostNotes: string[];
  /** The standard and the pass ratio the pane works with, resolved once. */
  context: RoundContext;
  theme: "light" | "dark";
  /** The date of today, "YYYY-MM-DD" (injectable for tests). */
  today: () => string;
  /** Office.context.platform ("PC", "Mac", "OfficeOnline" …), null when unknown. */
  platform: string | null;
  /** Downloads and new workbooks (the secretariat's distribution). */
  files: HostFiles;
}
