/**
 * The use case "report": one feedback report per application of a consolidation (with its
 * consensus texts where the meeting gave them), as .docx files named
 * `<申报编号 or 申报组织>-反馈报告.docx`.
 */
import { feedbackOf, namePattern, type ConsolidationResult, type JudgeNames } from "../consolidate";
import { feedbackDocx } from "../docx/feedback-report";
import type { RoundContext } from "./round-context";
import { t } from "../strings";
import { safeFileName } from "./file-names";

export interface ReportFile {
  fileName: string;
  bytes: Uint8Array;
  /** Lines of comments in which a judge's name was replaced by 某评委. */
  redactions: number;
}

/** Every judge's name the round knows: from the scoring sheets, and from the roster. */
function judgeNames(result: ConsolidationResult): JudgeNames | null {
  return namePattern([
    ...result.applications.flatMap((a) => a.judges.map((j) => j.judge)),
    ...(result.round?.progress ?? []).map((p) => p.judge),
  ]);
}

/** Today's date where the reports are written, "YYYY-MM-DD". */
function today(): string {
  const d = new Date();
  const two = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}

export interface ReportRequest {
  result: ConsolidationResult;
  /** Points per sub-item and the total as well (by default only the bands). */
  withScores: boolean;
  /** The reports' date (落款), "YYYY-MM-DD"; today when absent. */
  date?: string;
  /** Who signs the reports (落款); the secretariat when absent. */
  organizer?: string;
  onProgress?: (done: number, total: number) => void;
}

export async function writeReports(
  context: RoundContext,
  request: ReportRequest
): Promise<ReportFile[]> {
  const { result, onProgress } = request;
  const { standard } = context;
  const apps = result.applications.filter((a) => a.judges.length > 0);
  const roundName = result.round?.name || t("report.defaultRound");
  const taken = new Set<string>();
  const files: ReportFile[] = [];
  const names = judgeNames(result);
  const signed = { date: request.date ?? today(), organizer: request.organizer };
  for (const app of apps) {
    const base = safeFileName(app.applicationId ?? app.applicant);
    let fileName = t("report.fileName", { name: base });
    for (let k = 2; taken.has(fileName); k++)
      fileName = t("report.fileName", { name: `${base} (${k})` });
    taken.add(fileName);
    const feedback = feedbackOf(standard, app, names);
    const bytes = await feedbackDocx(feedback, {
      roundName,
      withScores: request.withScores,
      ...signed,
    });
    files.push({ fileName, bytes, redactions: feedback.redactions });
    onProgress?.(files.length, apps.length);
  }
  return files;
}
