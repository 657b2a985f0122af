/** What the pane needs from its host: Excel.run, the requirement sets, the theme. Tests substitute the in-memory double. */
import type { ExcelRun, Requirements } from "../excel";
import type { HostFiles } from "./host-files";

export interface OfficeServices {
  run: ExcelRun;
  requirements: Requirements;
  theme: "light" | "dark";
  /** The date of today, "YYYY-MM-DD" (injectable for tests). */
  today: () => string;
  /** Office.context.platform ("PC", "Mac", "OfficeOnline" …), null when unknown. */
  platform: string | null;
  /** Downloads and new workbooks (the secretariat's distribution). */
  files: HostFiles;
}
