/**
 * The use case "report": one feedback report per application of a consolidation (with its
 * consensus texts where the meeting gave them), as .docx files named
 * `<申报编号 or 申报组织>-反馈报告.docx`.
 */
import { feedbackOf, namePattern, type ConsolidationResult } from "../consolidate";
import { feedbackDocx } from "../docx/feedback-report";
import type { Standard } from "../standard";
import { t } from "../strings";

export interface ReportFile {
  fileName: string;
  bytes: Uint8Array;
  /** Lines of comments in which a judge's name was replaced by 某评委. */
  redactions: number;
}

/** Every judge's name the round knows: from the scoring sheets, and from the roster. */
function judgeNames(result: ConsolidationResult): RegExp | null {
  return namePattern([
    ...result.applications.flatMap((a) => a.judges.map((j) => j.judge)),
    ...(result.round?.progress ?? []).map((p) => p.judge),
  ]);
}

/** A name every file system takes: no path separators, reserved characters or controls. */
function safeFileName(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  return text.replace(/[\\/:*?"<>|\u0000-\u001f]/g, "_").trim() || "_";
}

export async function writeReports(
  standard: Standard,
  result: ConsolidationResult,
  options: { withScores: boolean },
  onProgress?: (done: number, total: number) => void
): Promise<ReportFile[]> {
  const apps = result.applications.filter((a) => a.judges.length > 0);
  const roundName = result.round?.name || t("report.defaultRound");
  const taken = new Set<string>();
  const files: ReportFile[] = [];
  const names = judgeNames(result);
  for (const app of apps) {
    const base = safeFileName(app.applicationId ?? app.applicant);
    let fileName = t("report.fileName", { name: base });
    for (let k = 2; taken.has(fileName); k++)
      fileName = t("report.fileName", { name: `${base} (${k})` });
    taken.add(fileName);
    const feedback = feedbackOf(standard, app, names);
    const bytes = await feedbackDocx(feedback, { roundName, withScores: options.withScores });
    files.push({ fileName, bytes, redactions: feedback.redactions });
    onProgress?.(files.length, apps.length);
  }
  return files;
}
