/**
 * 提交评分 / 撤销提交 on any host: read the sheet (one round trip), plan the submission record
 * (src/workbook-format/submission.ts), apply it (one round trip, all or nothing).
 */
import type { Standard } from "../../standard";
import { planReopening, planSubmission } from "../../workbook-format/submission";
import type { WorkbookPort } from "../../workbook-format/workbook-port";
import { readSheet, scoringSheetOf } from "./sheet-state";

export interface SubmitResult {
  digest: string;
  submittedAt: string;
}

async function sheetToSubmit(port: WorkbookPort, sheetName: string) {
  const sheet = await readSheet(port, sheetName);
  return { state: scoringSheetOf(sheet), protected: sheet.protected };
}

export async function submitSheet(
  port: WorkbookPort,
  standard: Standard,
  sheetName: string,
  now = new Date()
): Promise<SubmitResult> {
  const submission = await planSubmission(standard, await sheetToSubmit(port, sheetName), now);
  await port.apply(submission.changes);
  return { digest: submission.digest, submittedAt: submission.submittedAt };
}

export async function reopenSheet(
  port: WorkbookPort,
  standard: Standard,
  sheetName: string,
  now = new Date()
): Promise<void> {
  await port.apply(planReopening(standard, await sheetToSubmit(port, sheetName), now));
}
