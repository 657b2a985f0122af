/**
 * What the host supports beyond the manifest's minimum (ExcelApi 1.8), detected once, so the
 * add-in degrades politely on older Excel: the sheet still works, and the pane says what is missing.
 */
import { t } from "../strings";

export interface Requirements {
  isSetSupported(name: string, minVersion?: string): boolean;
}

export interface Capabilities {
  /** ExcelApi 1.8: the minimum. */
  supported: boolean;
  /** Worksheet.pageLayout (ExcelApi 1.9). */
  pageLayout: boolean;
  /** WorksheetChangedEventArgs.details (ExcelApi 1.9). */
  changeDetails: boolean;
  /** WorksheetChangedEventArgs.triggerSource (ExcelApi 1.14). */
  triggerSource: boolean;
  /** zh-CN notes for the pane, one per missing capability. */
  notes: string[];
}

export function detectCapabilities(requirements: Requirements): Capabilities {
  const has = (v: string) => requirements.isSetSupported("ExcelApi", v);
  const supported = has("1.8");
  const pageLayout = has("1.9");
  const changeDetails = has("1.9");
  const notes: string[] = [];
  if (!supported) notes.push(t("host.tooOld"));
  if (!pageLayout) notes.push(t("host.noPageLayout"));
  if (!changeDetails) notes.push(t("host.noChangeDetails"));
  return { supported, pageLayout, changeDetails, triggerSource: has("1.14"), notes };
}
