/** @jest-environment jsdom */
/**
 * 状态 in the whole pane (App), over the in-memory Excel double through the Office.js adapter:
 * a judge's workbook with three scoring sheets — one complete, one submitted, one half done.
 * The title names the applicant once; each part's subtotal of its maximum; how far the
 * workbook's sheets are; 提交评分 asks first (what locks, how to undo), remembers "do not ask",
 * and still asks when the sheet has warnings.
 */
import { afterEach, beforeAll, describe, expect, it } from "@jest/globals";
import * as React from "react";
import { webcrypto } from "crypto";
import { TextEncoder } from "util";
import { act, cleanup, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { officeHost } from "../../src/excel/office-host";
import {
  bandForPercent,
  bandLabel,
  defaultStandard as std,
  scoreForPercent,
  subItemsForItem,
} from "../../src/standard";
import { App } from "../../src/taskpane/components/App";
import type { OfficeServices } from "../../src/taskpane/services";
import type { WorkbookPort } from "../../src/workbook-format/workbook-port";
// The workflows' modules one by one: their index brings the file readers, which jsdom cannot load.
import { generateSheet } from "../../src/workflows/judge-sheet/generate-sheet";
import { submitSheet } from "../../src/workflows/judge-sheet/submit-sheet";
import { writeEntry } from "../../src/workflows/judge-sheet/write-entry";
import { resolveRoundContext } from "../../src/workflows/round-context";
import { ExcelDouble } from "../support/excel-double/excel-double";

const A = { applicant: "上海浦江智能装备股份有限公司", item: 2 };
const B = { applicant: "上海闵行检测技术有限公司", item: 4 };
const C = { applicant: "上海莘庄新材料科技有限公司", item: 1 };
const JUDGE = "陈 静";

beforeAll(() => {
  // 提交评分's digest (SHA-256 of the sheet's text) needs what jsdom's window lacks: Node's encoder and Web Crypto.
  globalThis.TextEncoder ??= TextEncoder as typeof globalThis.TextEncoder;
  if (!globalThis.crypto?.subtle)
    Object.defineProperty(globalThis, "crypto", { value: webcrypto, configurable: true });
  // The pane marks its first render for the bench; jsdom's performance has no marks.
  performance.mark ??= (() => undefined) as unknown as typeof performance.mark;
  // Fluent's motion asks for the user's reduced-motion preference; jsdom has no matchMedia.
  window.matchMedia ??= ((query: string) => ({
    matches: false,
    media: query,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    addListener: () => undefined,
    removeListener: () => undefined,
  })) as unknown as typeof window.matchMedia;
});
afterEach(cleanup);

/** Scores every sub-item of the item (or the first `count`) at the given percentages, on the grid, with its 成熟度 and a comment. */
async function score(port: WorkbookPort, sheet: string, item: number, percents: number[]) {
  const subs = subItemsForItem(std, item).slice(0, percents.length);
  for (const [i, sub] of subs.entries()) {
    const percent = percents[i];
    await writeEntry(port, sheet, sub.code, {
      score: scoreForPercent(sub, percent),
      maturity: bandLabel(std, bandForPercent(std, percent)),
      strength: `${sub.title}：证据充分（第 ${i + 1} 条）`,
    });
  }
}

async function workbook() {
  const excel = new ExcelDouble({ apiMinor: 14 });
  const run = (batch: (ctx: Excel.RequestContext) => Promise<unknown>) =>
    excel.run((ctx) => batch(ctx as unknown as Excel.RequestContext));
  const {
    workbook: port,
    events,
    notes,
  } = officeHost(run as never, excel.office.context.requirements);
  const context = resolveRoundContext();
  if (!context.ok) throw new Error(context.message);
  for (const a of [A, B, C])
    await generateSheet(
      port,
      { standard: std },
      { header: { ...a, judge: JUDGE, date: "2026-11-24" }, sheetName: a.applicant, mode: "new" }
    );
  await score(port, A.applicant, 2, [60, 65, 70, 55, 60, 50]);
  await score(port, B.applicant, 4, [70, 75, 60, 65, 80, 55]);
  await submitSheet(port, std, B.applicant);
  await score(port, C.applicant, 1, [50, 55]);
  const services: OfficeServices = {
    workbook: port,
    events,
    hostNotes: notes,
    context: context.value,
    theme: "light",
    today: () => "2026-11-24",
    platform: "PC",
    files: { download: async () => undefined, openWorkbook: async () => undefined } as never,
  };
  return { excel, port, services };
}

async function openStatus(excel: ExcelDouble, services: OfficeServices) {
  excel.select(A.applicant, "D7");
  render(<App services={services} />);
  await screen.findByTestId("guide", {}, { timeout: 5000 });
  fireEvent.click(screen.getByRole("tab", { name: "状态" }));
  return screen.findByTestId("status", {}, { timeout: 5000 });
}

const rowText = (table: HTMLElement, label: string) =>
  within(table)
    .getAllByRole("row")
    .map((r) => [...r.children].map((c) => c.textContent))
    .find((cells) => cells[0] === label);

describe("状态 in the pane", () => {
  it("names the applicant once, gives each part's subtotal of its maximum and the total", async () => {
    const { excel, services } = await workbook();
    const status = await openStatus(excel, services);
    expect(screen.getByTestId("status-title").textContent).toBe(A.applicant);
    expect(status.textContent!.split(A.applicant)).toHaveLength(2);
    expect(status.textContent).toContain(`研发创新 · 评委 ${JUDGE}`);
    const table = within(status).getByRole("table", { name: "各部分得分" });
    // 2.1–2.3: 60 % of 120, 65 % of 100, 70 % of 80 = 72 + 65 + 56; 6.1–6.3: 55 % of 80, 60 % of 60, 50 % of 60.
    expect(rowText(table, "研发创新")).toEqual(["研发创新", "3 / 3 项", "193 / 300"]);
    expect(rowText(table, "创新价值")).toEqual(["创新价值", "3 / 3 项", "110 / 200"]);
    expect(rowText(table, "总分")).toEqual(["总分", "6 / 6 项", "303 / 500"]);
    expect(status.textContent).toContain("得分率 60.60%（通过线 300 分）");
  });

  it("counts the workbook's scoring sheets by how far they are, with the others to open", async () => {
    const { excel, services } = await workbook();
    const status = await openStatus(excel, services);
    const region = await within(status).findByRole("region", { name: "本工作簿的评分表" });
    expect(within(region).getByTestId("workbook-progress").textContent).toBe(
      "共 3 张：已提交 1 张，已评完未提交 1 张，未评完 1 张。"
    );
    const others = within(region).getAllByRole("listitem");
    expect(others.map((li) => li.textContent)).toEqual([`${C.applicant}：未评完 打开`]);
    fireEvent.click(within(others[0]).getByRole("button", { name: "打开" }));
    await waitFor(() => expect(excel.state.selection?.sheet).toBe(C.applicant));
  });

  it("asks before 提交评分: what locks, how to undo; 返回修改 leaves the sheet open", async () => {
    const { excel, services } = await workbook();
    await openStatus(excel, services);
    fireEvent.click(screen.getByRole("button", { name: "提交评分" }));
    const dialog = await screen.findByRole("alertdialog", { name: `提交“${A.applicant}”的评分？` });
    expect(dialog.textContent).toContain("总分 303 / 500（60.60%），结论：通过");
    expect(dialog.textContent).toContain("提交后评分表锁定");
    expect(dialog.textContent).toContain("撤销提交");
    fireEvent.click(within(dialog).getByRole("button", { name: "返回修改" }));
    await waitFor(() => expect(screen.queryByRole("alertdialog")).toBeNull());
    expect(excel.valueAt(A.applicant, "J2")).toBeNull();
  });

  it("keeps the confirmation while the judge clicks in the sheet, closes it on another sheet, leaving the pane usable", async () => {
    const { excel, services } = await workbook();
    await openStatus(excel, services);
    fireEvent.click(screen.getByRole("button", { name: "提交评分" }));
    await screen.findByRole("alertdialog");
    // A click on 2.2's row would bring the guide forward; not while the confirmation waits.
    await act(async () => {
      excel.select(A.applicant, "D8");
      await excel.idle();
    });
    expect(screen.getByRole("alertdialog", { hidden: true })).toBeTruthy();
    expect(screen.getByTestId("status")).toBeTruthy();
    // Another sheet: the confirmation was for 浦江's sheet; it closes, nothing is submitted.
    await act(async () => {
      excel.select(C.applicant, "D7");
      await excel.idle();
    });
    await waitFor(() => expect(screen.queryByRole("alertdialog", { hidden: true })).toBeNull());
    expect(excel.valueAt(A.applicant, "J2")).toBeNull();
    expect(screen.getByRole("tab", { name: "状态" })).toBeTruthy();
  });

  it("remembers “do not ask again” in the workbook, says so, and asks again once restored", async () => {
    const { excel, services } = await workbook();
    await openStatus(excel, services);
    fireEvent.click(screen.getByRole("button", { name: "提交评分" }));
    const dialog = await screen.findByRole("alertdialog");
    fireEvent.click(within(dialog).getByLabelText(/没有提示时，以后提交不再询问/));
    fireEvent.click(within(dialog).getByRole("button", { name: "提交并锁定" }));
    await screen.findByText("已提交评分，评分表已锁定。");
    expect(excel.valueAt(A.applicant, "J2")).toBe("已提交");
    expect(excel.state.settings.get("mh-award-scorer.confirmSubmit")).toBe("skip");
    await waitFor(() =>
      expect(screen.getByTestId("workbook-progress").textContent).toBe(
        "共 3 张：已提交 2 张，已评完未提交 0 张，未评完 1 张。"
      )
    );
    // Reopened, the sheet is submitted in one click now, and 状态 says how to get the question back.
    fireEvent.click(screen.getByRole("button", { name: "撤销提交" }));
    await screen.findByText("已撤销提交，可以继续修改。");
    expect(screen.getByText(/没有提示时，提交评分不再询问。/)).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "提交评分" }));
    await screen.findByText("已提交评分，评分表已锁定。");
    expect(screen.queryByRole("alertdialog")).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "撤销提交" }));
    await screen.findByText("已撤销提交，可以继续修改。");
    fireEvent.click(screen.getByRole("button", { name: "恢复提交前确认" }));
    await waitFor(() =>
      expect(excel.state.settings.get("mh-award-scorer.confirmSubmit")).toBe("ask")
    );
    fireEvent.click(screen.getByRole("button", { name: "提交评分" }));
    await screen.findByRole("alertdialog");
  });

  it("still asks, listing the warnings, when the judge chose not to be asked", async () => {
    const { excel, services, port } = await workbook();
    await services.workbook.setSetting("mh-award-scorer.confirmSubmit", "skip");
    // 2.2 gets a 成熟度 that does not match its score.
    await writeEntry(port, A.applicant, "2.2", { maturity: bandLabel(std, std.bands[1]) });
    await openStatus(excel, services);
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "提交评分" }));
    });
    const dialog = await screen.findByRole("alertdialog");
    const warnings = within(dialog).getByRole("region", { name: /有 1 条提示（不影响结论）/ });
    expect(warnings.textContent).toContain("2.2 技术研发创新能力：得分 65 分（65%）");
    expect(within(dialog).queryByRole("checkbox")).toBeNull();
    expect(excel.valueAt(A.applicant, "J2")).toBeNull();
  });
});
