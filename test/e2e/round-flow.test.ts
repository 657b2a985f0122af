/**
 * The secretariat's round in the pane, end to end in headless Chromium with the Excel double: the
 * roster opened in Excel (the double's workbook holds its sheets), the round shown, the judges'
 * workbooks distributed — as one .zip download, and as new workbooks — the files filled by the
 * judges (an independent writer), then consolidated with the roster into 汇总 and 进度, twice,
 * without overwriting the first run. Also: roster problems with 定位; the tool's own assignment
 * recorded in 分配 on a Mac (no downloads); an empty roster template written into the workbook.
 */
import { afterAll, beforeAll, describe, expect, it } from "@jest/globals";
import * as fs from "fs";
import JSZip from "jszip";
import * as os from "os";
import * as path from "path";
import { defaultStandard as std, subItemsForItem } from "../../src/standard";
import { readScoringSheets } from "../../src/xlsx";
import { describeWithBrowser, ensureBuilt, harness, screenshotDir } from "../support/browser";
import { judgeFile } from "../support/consolidation-fixture";
import { fillJudgeWorkbook, PERCENT, ROSTER, withoutGrid } from "../support/round-fixture";

const ROUND = "2027 年闵行区质量创新单项奖 材料评审";
const ZIP = `${ROUND}-评委工作簿.zip`;
const BOOKS = [1, 2, 3, 4, 5, 6, 7].map((k) => `J${k}-评委${k}.xlsx`);
/** Who scores what, from ROSTER's 分配 grid. */
const GRID: Record<string, string[]> = Object.fromEntries(
  ROSTER["分配"].slice(1).map((row) => [
    String(row[0]),
    ROSTER["分配"][0]
      .slice(3)
      .filter((_, j) => row[3 + j] === "√")
      .map(String),
  ])
);

const double = (page: any, fn: string, ...args: unknown[]) =>
  page.evaluate(
    ([f, a]: [string, unknown[]]) => (window as any).__excelDouble[f](...a),
    [fn, args]
  );
const sheetNames = (page: any): Promise<string[]> =>
  page.evaluate(() => (window as any).__excelDouble.state.sheets.map((s: any) => s.name));
/** The texts of a sheet's cells in the double, by address. */
const cellsOf = (page: any, sheet: string): Promise<Record<string, unknown>> =>
  page.evaluate((name: string) => {
    const s = (window as any).__excelDouble.state.sheets.find((x: any) => x.name === name);
    return Object.fromEntries([...s.cells].map(([a, c]: [string, any]) => [a, c.value]));
  }, sheet);

describeWithBrowser("the secretariat's round in the pane (Chromium + the Excel double)", () => {
  let server: { url: string; close(): Promise<void> };
  let browser: any;
  let dir: string;

  const openPane = async (query = "", sheets: Record<string, unknown> | null = ROSTER) => {
    const page = await browser.newPage({
      viewport: { width: 380, height: 1000 },
      locale: "zh-CN",
      acceptDownloads: true,
    });
    await harness.routeOfficeJs(page, await harness.buildFakeOffice());
    await page.goto(`${server.url}/taskpane.html${query}`);
    await page.getByRole("tab", { name: "汇总" }).waitFor();
    // The secretariat opened the roster workbook in Excel.
    if (sheets) await double(page, "openSheets", sheets);
    await page.getByRole("tab", { name: "汇总" }).click();
    return page;
  };

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "mh-e2e-round-"));
    const dist = ensureBuilt();
    server = await harness.serveDist(dist);
    browser = await harness.launchBrowser();
  }, 180000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  describe("a roster with its 分配 grid, on Windows", () => {
    let page: any;
    let zipBytes: Buffer;

    beforeAll(async () => {
      page = await openPane();
    }, 60000);

    it("shows the round the open roster describes", async () => {
      await page.getByTestId("round-name").getByText(ROUND).waitFor();
      const facts = await page.getByTestId("round-facts").innerText();
      expect(facts.split("\n")).toEqual([
        "通过线 60% · 评审日期 2027-03-15",
        "申报 8 项：研发创新 3、服务创新 3、管理创新 2",
        "评委 7 位，回避 3 对",
        "分配：按名册“分配”表，共 24 份评分",
      ]);
      expect(await page.getByText("按名册“分配”表分发", { exact: false }).count()).toBe(0);
      await page.mouse.move(0, 0);
      await page.screenshot({ path: path.join(screenshotDir(), "08-round.png"), fullPage: true });
    });

    it("distributes one workbook per judge as one .zip download", async () => {
      expect(await page.getByLabel(/下载一个 \.zip 文件/).isChecked()).toBe(true);
      const [download] = await Promise.all([
        page.waitForEvent("download", { timeout: 60000 }),
        page.getByRole("button", { name: "生成评委工作簿" }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(ZIP);
      zipBytes = fs.readFileSync(await download.path());
      await page
        .getByText(`已为 7 位评委生成工作簿（共 24 张评分表），并下载为“${ZIP}”`, { exact: false })
        .waitFor();
      const zip = await JSZip.loadAsync(zipBytes);
      expect(Object.keys(zip.files).sort()).toEqual([...BOOKS].sort());
      for (const [k, name] of BOOKS.entries()) {
        const judge = `J${k + 1}`;
        const sheets = await readScoringSheets(await zip.file(name)!.async("uint8array"));
        const expected = Object.keys(GRID).filter((a) => GRID[a].includes(judge));
        expect(sheets.map((s) => s.identity)).toEqual(
          expected.map((applicationId) => ({ round: ROUND, applicationId, judgeId: judge }))
        );
      }
    });

    it("opens them as new Excel workbooks when asked instead", async () => {
      await page.getByLabel(/在 Excel 中为每位评委新建一个工作簿/).check();
      await page.getByRole("button", { name: "生成评委工作簿" }).click();
      await page
        .getByText("已在 Excel 中新建 7 个工作簿（共 24 张评分表）", { exact: false })
        .waitFor();
      const created: string[] = await page.evaluate(
        () => (window as any).__excelDouble.createdWorkbooks
      );
      expect(created).toHaveLength(7);
      const first = await readScoringSheets(new Uint8Array(Buffer.from(created[0], "base64")));
      expect(first.map((s) => s.identity?.applicationId)).toEqual(["A02", "A03", "A05", "A08"]);
      // Distributing changed nothing in the roster workbook.
      expect(await sheetNames(page)).toEqual(["Sheet1", ...Object.keys(ROSTER)]);
    });

    it("consolidates the returned files with the roster into 汇总 and 进度, twice without overwriting", async () => {
      const zip = await JSZip.loadAsync(zipBytes);
      const received = path.join(dir, "收到的文件");
      fs.mkdirSync(received, { recursive: true });
      const opts: Record<string, Parameters<typeof fillJudgeWorkbook>[2]> = {
        J1: { finalize: true },
        J2: { blank: "A01" },
      };
      for (const j of ["J1", "J2", "J3", "J4", "J5", "J6"]) {
        const name = BOOKS[Number(j.slice(1)) - 1];
        const bytes = await zip.file(name)!.async("uint8array");
        fs.writeFileSync(path.join(received, name), await fillJudgeWorkbook(bytes, j, opts[j]));
      } // J7's never comes
      const at = (j: string) =>
        Object.fromEntries(
          subItemsForItem(std, 2).map((s) => [s.code, (s.max * PERCENT[j]) / 100])
        );
      await judgeFile(received, "J1-回避的.xlsx", "评委1", 2, [
        { applicant: "上海甲科技有限公司", scores: at("J1") },
      ]);
      const files = fs.readdirSync(received).map((f) => path.join(received, f));
      expect(files).toHaveLength(7);

      await page
        .getByTestId("consolidate-roster")
        .getByText(`按名册“${ROUND}”匹配`, { exact: false })
        .waitFor();
      await page.getByLabel("选择文件").setInputFiles(files);
      for (const run of [1, 2]) {
        await page.getByRole("button", { name: "开始汇总" }).click();
        await page
          .getByText("进度：已提交 4，完成未提交 17，未完成 1，未收到 2（共 24 份）。", {
            exact: false,
          })
          .waitFor({ timeout: 60000 });
        if (run === 1) {
          await page.mouse.move(0, 0);
          await page.screenshot({
            path: path.join(screenshotDir(), "09-round-consolidated.png"),
            fullPage: true,
          });
        }
      }
      const names = await sheetNames(page);
      for (const sheet of ["汇总", "进度", "汇总 (2)", "进度 (2)"]) expect(names).toContain(sheet);
      expect(names.slice(0, 6)).toEqual(["Sheet1", ...Object.keys(ROSTER)]);
      const progress = Object.values(await cellsOf(page, "进度"));
      const count = (text: string) => progress.filter((v) => v === text).length;
      expect([count("已提交"), count("未完成"), count("未收到"), count("回避")]).toEqual([
        4, 1, 2, 3,
      ]);
      const summary = Object.values(await cellsOf(page, "汇总"));
      for (const applicant of ["上海甲科技有限公司", "上海辛服务有限公司"])
        expect(summary).toContain(applicant);
    });

    it("lists the roster's problems with sheet and cell, locates them, and offers no distribution", async () => {
      await double(page, "userEdit", "申报", "A3", [["A01"]]); // A02 becomes a second A01
      await page.getByRole("button", { name: "重新读取名册" }).click();
      const alert = page.getByRole("alert").filter({ hasText: "名册有" });
      await alert.waitFor();
      const text = await alert.innerText();
      expect(text).toContain("申报!A3：");
      expect(text).toContain("A01");
      expect(await page.getByTestId("distribute").count()).toBe(0);
      expect(await page.getByTestId("consolidate-roster").count()).toBe(0);
      await page.mouse.move(0, 0);
      await page.screenshot({
        path: path.join(screenshotDir(), "10-roster-problems.png"),
        fullPage: true,
      });
      await alert.getByRole("button", { name: "定位" }).first().click();
      await page.waitForFunction(
        () => (window as any).__excelDouble.state.selection?.address === "A3"
      );
      expect(await page.evaluate(() => (window as any).__excelDouble.state.selection.sheet)).toBe(
        "申报"
      );
      // Put right, read again: the round is back.
      await double(page, "userEdit", "申报", "A3", [["A02"]]);
      await page.getByRole("button", { name: "重新读取名册" }).click();
      await page.getByTestId("distribute").waitFor();
    });
  });

  describe("a roster without 分配, on a Mac", () => {
    it("assigns K judges per application, records it in 分配, and opens the workbooks in Excel", async () => {
      const noGrid = withoutGrid();
      const page = await openPane("?platform=Mac", noGrid);
      await page
        .getByText("分配：名册中没有“分配”表，每位评委评其未回避的全部申报，共 53 份评分")
        .waitFor();
      // No downloads on a Mac: new workbooks by default, and the pane says why.
      expect(await page.getByLabel(/在 Excel 中为每位评委新建一个工作簿/).isChecked()).toBe(true);
      await page.getByText("Mac 版 Excel 的任务窗格不能下载文件", { exact: false }).waitFor();
      const per = page.getByLabel("每项申报的评委人数（可不填）");
      await per.fill("三");
      await page.getByText("“三”不是有效的人数：应为正整数，例如 5。").waitFor();
      expect(await page.getByRole("button", { name: "生成评委工作簿" }).isDisabled()).toBe(true);
      expect(await per.inputValue()).toBe("三"); // what was typed stays
      await per.fill("3");
      await page.getByRole("button", { name: "生成评委工作簿" }).click();
      await page
        .getByText("已在 Excel 中新建 7 个工作簿（共 24 张评分表）", { exact: false })
        .waitFor();
      await page.getByText("已把本次分配写入本工作簿的“分配”表", { exact: false }).waitFor();
      // The round re-read: the roster's own 分配 now says who scores what.
      await page.getByText("分配：按名册“分配”表，共 24 份评分").waitFor();
      const grid = await cellsOf(page, "分配");
      expect(Object.values(grid).filter((v) => v === "√")).toHaveLength(24);
      const created: string[] = await page.evaluate(
        () => (window as any).__excelDouble.createdWorkbooks
      );
      let sheets = 0;
      for (const b64 of created)
        sheets += (await readScoringSheets(Buffer.from(b64, "base64"))).length;
      expect([created.length, sheets]).toEqual([7, 24]);
      await page.close();
    });
  });

  describe("a workbook with no roster", () => {
    it("writes an empty roster template, then reports what it still lacks", async () => {
      const page = await openPane("", null);
      await page.getByText("本工作簿中没有名册", { exact: false }).waitFor();
      await page.getByRole("button", { name: "在本工作簿新建名册模板" }).click();
      await page.getByText("已新建名册工作表", { exact: false }).waitFor();
      expect(await sheetNames(page)).toEqual([
        "Sheet1",
        "说明",
        "轮次",
        "申报",
        "评委",
        "回避",
        "分配",
      ]);
      await page.getByRole("button", { name: "重新读取名册" }).click();
      const alert = page.getByRole("alert").filter({ hasText: "名册有" });
      await alert.waitFor();
      expect(await alert.innerText()).toContain("轮次");
      await page.close();
    });
  });
});
