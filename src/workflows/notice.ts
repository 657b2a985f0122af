/**
 * The use case "notice": the public notice (公示) of the winners the committee decided, from the
 * summary workbook's 审定 sheet — read through the file host, row by row by 申报编号 and checked
 * against the sheet's own record (src/workbook-format/approval-format.ts): the committee's
 * 审定结论 where set, else the result its votes suggest (src/standard/approval.ts), recomputed
 * here, never taken from a cached formula. Any problem in the sheet (an unknown row, a vote that
 * is not a whole number, a conclusion that is none of the words, a row not decided) and no notice
 * is written: a public list must not rest on a doubtful cell.
 */
import { noticeOf, type NoticeWinner } from "../consolidate/notice";
import { noticeDocx } from "../docx/notice-document";
import { isoDateFrom } from "../sheet-kit/excel-date";
import { t } from "../strings";
import { readApprovalWorkbook } from "../xlsx/read-approval";
import type { FileSource } from "./ports";

export interface NoticeRequest {
  /** The summary workbook (汇总.xlsx) with its 审定 sheet filled. */
  summary: FileSource;
  /** The first day of the period: "2026-12-10" or "2026/12/10". */
  from: string;
  /** Calendar days, the first included: a whole number (as typed). */
  days: string | number;
  withScores: boolean;
  /** Where and how to object; a blank to fill in by hand when absent. */
  contact?: string;
  /** Who publishes it (落款); the secretariat when absent. */
  organizer?: string;
  /** The award as the notice names it; the round's name (名册 → 轮次 → 名称) when absent. */
  award?: string;
  /** The notice's date (落款); the first day of the period when absent. */
  date?: string;
}

export interface NoticeCounts {
  passed: number;
  failed: number;
  deferred: number;
}

export type NoticeRun =
  | { ok: true; bytes: Uint8Array; winners: NoticeWinner[]; counts: NoticeCounts }
  /** `problems`: each naming the file, the sheet and the cell (none when `message` says it all). */
  | { ok: false; message: string; problems: string[] };

const fail = (message: string, problems: string[] = []): NoticeRun => ({
  ok: false,
  message,
  problems,
});

/** The days as typed: a whole number, else NaN (noticeOf refuses it, quoting what was typed). */
function daysOf(days: string | number): { n: number; typed: string } {
  if (typeof days === "number") return { n: days, typed: String(days) };
  const typed = days.normalize("NFKC").trim();
  return { n: /^\d+$/.test(typed) ? Number(typed) : NaN, typed };
}

export async function writeNotice(request: NoticeRequest): Promise<NoticeRun> {
  let bytes: Uint8Array;
  try {
    bytes = await request.summary.read();
  } catch (e) {
    return fail((e as Error).message);
  }
  const read = await readApprovalWorkbook(bytes, request.summary.name);
  if (!read.ok) return fail(read.message);
  if (read.problems.length > 0)
    return fail(t("notice.approvalProblems", { count: read.problems.length }), read.problems);
  const decided = (d: string) => read.rows.filter((r) => r.decision === d).length;
  const counts = { passed: decided("pass"), failed: decided("fail"), deferred: decided("defer") };
  const winners = read.rows
    .filter((r) => r.decision === "pass")
    .map((r) => ({
      applicant: r.record.applicant,
      itemTitle: r.record.itemTitle,
      score: r.record.final,
    }));
  const days = daysOf(request.days);
  if (Number.isNaN(days.n)) return fail(t("notice.badDays", { value: days.typed }));
  const date = request.date === undefined ? undefined : (isoDateFrom(request.date) ?? request.date);
  const notice = noticeOf({
    roundName: request.award || read.roundName || t("report.defaultRound"),
    organizer: request.organizer || t("report.creator"),
    winners,
    from: isoDateFrom(request.from) ?? request.from,
    days: days.n,
    contact: request.contact || t("notice.contactBlank"),
    withScores: request.withScores,
    ...(date === undefined ? {} : { date }),
  });
  if (!notice.ok) return fail(notice.message);
  return { ok: true, bytes: await noticeDocx(notice.notice), winners, counts };
}
