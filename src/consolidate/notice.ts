/**
 * The public notice (公示) of the decided winners, as data: the organizations and their items in
 * the committee's order, the period for objections (from a date, N calendar days, both ends
 * included) and where to object. Scores only when asked. No judge is named; nothing but the
 * decision is shown. src/docx/notice-document.ts writes it as an editable Word document.
 */
import { isoDateToSerial, serialToIsoDate } from "../sheet-kit/excel-date";
import { t } from "../strings";

export interface NoticeWinner {
  applicant: string;
  /** The item's title (标准创新 …). */
  itemTitle: string;
  /** The final (combined) score, shown only with `withScores`. */
  score: number | null;
}

export interface NoticeRequest {
  roundName: string;
  /** Who publishes it (落款): the award's organizer or its secretariat. */
  organizer: string;
  winners: NoticeWinner[];
  /** The first day of the period, "YYYY-MM-DD". */
  from: string;
  /** Calendar days, the first included. */
  days: number;
  /** Where and how to object (address, telephone, e-mail): as the secretariat writes it. */
  contact: string;
  /** The notice's date (落款); by default the first day of the period. */
  date?: string;
  withScores: boolean;
}

export interface Notice extends NoticeRequest {
  /** The last day of the period, "YYYY-MM-DD". */
  until: string;
}

export type NoticeResult = { ok: true; notice: Notice } | { ok: false; message: string };

/** "2026-12-10" → "2026年12月10日". */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return t("notice.date", { y, m, d });
}

/** The notice, or why it cannot be made (a bad date or period, no winner). */
export function noticeOf(request: NoticeRequest): NoticeResult {
  const start = isoDateToSerial(request.from);
  if (start === null) return { ok: false, message: t("notice.badFrom", { value: request.from }) };
  if (!Number.isInteger(request.days) || request.days < 1 || request.days > 60)
    return { ok: false, message: t("notice.badDays", { value: String(request.days) }) };
  if (request.date !== undefined && isoDateToSerial(request.date) === null)
    return { ok: false, message: t("notice.badDate", { value: request.date }) };
  if (request.winners.length === 0) return { ok: false, message: t("notice.noWinners") };
  const until = serialToIsoDate(start + request.days - 1);
  return { ok: true, notice: { ...request, until } };
}
