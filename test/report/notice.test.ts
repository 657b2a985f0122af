/**
 * The public notice (公示): its period (calendar days, both ends included, across a month's end),
 * the refusals with their messages, and the document itself — A4, the winners in the committee's
 * order, scores only when asked, the period, how to object and the 落款 — printed by LibreOffice.
 */
import { describe, expect, it } from "@jest/globals";
import { execFileSync } from "child_process";
import fs from "fs";
import path from "path";
import { noticeOf, type NoticeRequest } from "../../src/consolidate/notice";
import { noticeDocx } from "../../src/docx/notice-document";
import { t } from "../../src/strings";
import { convertWithEngine, describeWithWriter, tempDir } from "../support/engine";

const WINNERS = [
  { applicant: "上海闵欣精密机械股份有限公司", itemTitle: "标准创新", score: 412.5 },
  { applicant: "上海莘庄工业区（集团）服务有限公司", itemTitle: "服务创新", score: 398.25 },
  { applicant: "上海虹桥 & 颛桥检测技术有限公司", itemTitle: "研发创新", score: 377 },
];
const REQUEST: NoticeRequest = {
  roundName: "2026 年闵行区质量创新单项奖",
  organizer: "闵行区质量创新单项奖评审委员会秘书处",
  winners: WINNERS,
  from: "2026-12-28",
  days: 7,
  contact: "闵行区沪闵路 6258 号 305 室，电话 021-64120000，邮箱 zlc@example.org.cn",
  withScores: false,
};

describe("the notice's period and its refusals", () => {
  it("counts calendar days with both ends included, across the year's end", () => {
    const r = noticeOf(REQUEST);
    expect(r.ok && r.notice.until).toBe("2027-01-03");
    const one = noticeOf({ ...REQUEST, days: 1 });
    expect(one.ok && one.notice.until).toBe("2026-12-28");
  });

  it("refuses a bad date, a bad period and an empty list, each with its message", () => {
    const message = (r: ReturnType<typeof noticeOf>) => (r.ok ? "" : r.message);
    expect(message(noticeOf({ ...REQUEST, from: "2026-02-30" }))).toBe(
      t("notice.badFrom", { value: "2026-02-30" })
    );
    expect(message(noticeOf({ ...REQUEST, days: 0 }))).toBe(t("notice.badDays", { value: "0" }));
    expect(message(noticeOf({ ...REQUEST, days: 2.5 }))).toBe(
      t("notice.badDays", { value: "2.5" })
    );
    expect(message(noticeOf({ ...REQUEST, date: "12/10" }))).toBe(
      t("notice.badDate", { value: "12/10" })
    );
    expect(message(noticeOf({ ...REQUEST, winners: [] }))).toBe(t("notice.noWinners"));
  });
});

async function printed(
  request: NoticeRequest
): Promise<{ text: string; info: string; pdf: string }> {
  const r = noticeOf(request);
  if (!r.ok) throw new Error(r.message);
  const dir = tempDir("notice");
  const { path: pdf } = await convertWithEngine(
    await noticeDocx(r.notice),
    "公示.docx",
    "pdf",
    dir
  );
  return {
    pdf,
    info: execFileSync("pdfinfo", [pdf], { encoding: "utf8" }),
    text: execFileSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }),
  };
}

describeWithWriter("the notice through LibreOffice", () => {
  it("prints on one A4 page: title, winners in order without scores, period, how to object, 落款", async () => {
    const { text, info, pdf } = await printed(REQUEST);
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/);
    expect(info).toMatch(/Pages:\s+1\b/);
    const flat = text.replace(/\s+/g, "");
    expect(flat).toContain("关于2026年闵行区质量创新单项奖拟获奖名单的公示");
    const at = WINNERS.map((w) => flat.indexOf(w.applicant.replace(/\s+/g, "")));
    expect(at.every((i) => i > 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(flat).not.toContain("412.50");
    expect(flat).toContain("公示期为2026年12月28日至2027年1月3日（共7天）");
    expect(flat).toContain("021-64120000");
    expect(flat.lastIndexOf(REQUEST.organizer)).toBeGreaterThan(flat.indexOf("受理方式"));
    if (process.env.MH_KEEP_PDF)
      fs.copyFileSync(pdf, path.join(process.env.MH_KEEP_PDF, "公示.pdf"));
  }, 120000);

  it("shows the scores when asked, and keeps a long list's header on every page", async () => {
    const many = Array.from({ length: 40 }, (_, k) => ({
      applicant: `上海第${k + 1}号${k % 3 === 0 ? "精密制造股份有限公司（闵行分公司）" : "科技有限公司"}`,
      itemTitle: ["标准创新", "研发创新", "服务创新", "管理创新", "商标品牌创新"][k % 5],
      score: 420 - k * 1.25,
    }));
    const { text, info } = await printed({ ...REQUEST, winners: many, withScores: true });
    expect(info).toMatch(/Pages:\s+[2-3]\b/);
    expect(text.replace(/\s+/g, "")).toContain("412.50");
    const pages = text.split("\f").filter((p) => p.trim() !== "");
    expect(pages.slice(0, -1).every((p) => p.includes(t("notice.col.applicant")))).toBe(true);
  }, 120000);
});
