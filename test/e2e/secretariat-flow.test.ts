/**
 * The secretariat's 汇总 tab, end to end in headless Chromium with the Excel double: the fixture's
 * judges' files are chosen in the file input, read in the browser, consolidated, and the summary
 * sheets written into the open workbook.
 */
import { afterAll, beforeAll, expect, it } from "@jest/globals";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import { A, buildFixture } from "../support/consolidation-fixture";
import { describeWithBrowser, ensureBuilt, harness, screenshotDir } from "../support/browser";
import { summarySheetNames } from "../support/summary-sheets";

/** The fixture's judges, as they sign their sheets. */
const JUDGES = Array.from({ length: 10 }, (_, i) => `J${i + 1}`);

describeWithBrowser("the secretariat's 汇总 tab (Chromium + the Excel double)", () => {
  let server: { url: string; close(): Promise<void> };
  let browser: any;
  let page: any;
  let files: string[];

  beforeAll(async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mh-e2e-fixture-"));
    await buildFixture(dir);
    files = fs
      .readdirSync(dir)
      .sort()
      .map((f) => path.join(dir, f));
    const dist = ensureBuilt();
    const officeJs = await harness.buildFakeOffice();
    server = await harness.serveDist(dist);
    browser = await harness.launchBrowser();
    page = await browser.newPage({ viewport: { width: 380, height: 900 }, locale: "zh-CN" });
    await harness.routeOfficeJs(page, officeJs);
    await page.goto(`${server.url}/taskpane.html`);
    await page.getByRole("tab", { name: "汇总" }).waitFor();
  }, 120000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("consolidates the judges' files into the open workbook", async () => {
    await page.getByRole("tab", { name: "汇总" }).click();
    await page.getByLabel("选择文件").setInputFiles(files);
    await page.getByText(`已选择 ${files.length} 个文件`).waitFor();
    await page.getByRole("button", { name: "开始汇总" }).click();
    const done = page.getByText(
      /^汇总完成：30 个文件、34 张评分表（计入 27 张），7 个申报，问题 17 条，评分提醒 3 条。/
    );
    await done.waitFor({ timeout: 60000 });
    // Ready for another run once done.
    expect(await page.getByRole("button", { name: "开始汇总" }).isEnabled()).toBe(true);
    await page.mouse.move(0, 0);
    await page.screenshot({
      path: path.join(screenshotDir(), "06-consolidate.png"),
      fullPage: true,
    });
    const sheets = await page.evaluate(() =>
      (window as any).__excelDouble.state.sheets.map((s: any) => s.name)
    );
    expect(sheets).toEqual(["Sheet1", ...summarySheetNames()]);
    const summary = await page.evaluate(() => {
      const s = (window as any).__excelDouble.state.sheets.find((x: any) => x.name === "汇总");
      const rows: Record<string, unknown[]> = {};
      for (const [a, c] of s.cells) {
        const row = a.replace(/^[A-Z]+/, "");
        (rows[row] ??= []).push(c.formula ?? c.value);
      }
      const charts = (window as any).__excelDouble.state.sheets.find(
        (x: any) => x.name === "图表"
      ).charts;
      return { rows, charts: charts?.length ?? 0 };
    });
    // One bar chart per item that has scores, on the 图表 sheet.
    expect(summary.charts).toBeGreaterThanOrEqual(2);
    // The formula-looking applicant arrived as text, never as a formula.
    const flat = Object.values(summary.rows).flat();
    expect(flat).toContain(A.evil);
    expect(flat.filter((v) => typeof v === "string" && v.startsWith("=HYPERLINK"))).toEqual([
      A.evil,
    ]);
    const problems = await page.evaluate(
      () =>
        (window as any).__excelDouble.state.sheets.find((x: any) => x.name === "问题清单").cells
          .size
    );
    expect(problems).toBeGreaterThan(17 * 6);
  });

  it("generates the 共识 sheets, and the next consolidation takes a filled one into account", async () => {
    await page.getByRole("button", { name: "生成共识表" }).click();
    await page.getByText(/^已生成 7 张共识表：/).waitFor({ timeout: 30000 });
    // The meeting fills one sheet's 共识得分 (1 point each, valid for every sub-item), by its names.
    const filled = await page.evaluate(() => {
      const excel = (window as any).__excelDouble;
      const sheet = excel.state.sheets.find((s: any) => s.names.has("MH_C_FORMAT"));
      const cells = [...sheet.names].filter(([n]: [string]) => n.startsWith("MH_CS_"));
      for (const [, address] of cells)
        excel.userEdit(sheet.name, address.replace(/\$/g, ""), [[1]]);
      return { sheet: sheet.name, scores: cells.length };
    });
    expect(filled.scores).toBeGreaterThan(5);
    await page.getByLabel(/每个单项拟获奖名额/).fill("2");
    await page.getByRole("button", { name: "开始汇总" }).click();
    await page
      .getByText(/本工作簿中有 7 张共识表，其中 1 个申报的共识得分已填全，按共识总分计最终得分/)
      .waitFor({ timeout: 60000 });
    await page.mouse.move(0, 0);
    await page.screenshot({ path: path.join(screenshotDir(), "11-consensus.png"), fullPage: true });
    // The new 汇总 (its formulas are the engine's to compute) holds the consensus total as a value.
    const summary = await page.evaluate(() => {
      const s = (window as any).__excelDouble.state.sheets.find((x: any) => x.name === "汇总 (2)");
      return [...s.cells.values()].map((c: any) => c.value);
    });
    expect(summary).toContain("共识总分");
    expect(summary).toContain("最终得分来源");
    expect(summary).toContain(filled.scores); // the consensus total: 1 point × each sub-item
    const winners = await page.evaluate(() =>
      (window as any).__excelDouble.valueAt("拟获奖名单 (2)", "C2")
    );
    expect(winners).toBe(2);
  }, 120000);

  it("downloads a feedback report per application as one .zip, no judge's name in it", async () => {
    const [download] = await Promise.all([
      page.waitForEvent("download", { timeout: 60000 }),
      page.getByRole("button", { name: "下载反馈报告（.zip）" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("反馈报告.zip");
    await page.getByText(/^已生成 7 份反馈报告，下载为“反馈报告.zip”。/).waitFor();
    const zip = await JSZip.loadAsync(fs.readFileSync(await download.path()));
    const reports = Object.keys(zip.files).filter((n) => n.endsWith("-反馈报告.docx"));
    expect(reports).toHaveLength(7);
    for (const name of reports) {
      const doc = await JSZip.loadAsync(await zip.file(name)!.async("uint8array"));
      const xml = await doc.file("word/document.xml")!.async("string");
      expect(xml).toContain("评审反馈报告");
      for (const judge of JUDGES) expect([name, xml.includes(judge)]).toEqual([name, false]);
    }
  }, 120000);

  it("names the command line for the reports where the pane cannot download (Mac)", async () => {
    const mac = await browser.newPage({ viewport: { width: 380, height: 900 }, locale: "zh-CN" });
    await harness.routeOfficeJs(mac, await harness.buildFakeOffice());
    await mac.goto(`${server.url}/taskpane.html?platform=Mac`);
    await mac.getByRole("tab", { name: "汇总" }).click();
    await mac.getByLabel("选择文件").setInputFiles(files);
    await mac.getByRole("button", { name: "开始汇总" }).click();
    await mac.getByText(/^汇总完成：/).waitFor({ timeout: 60000 });
    await mac
      .getByText("请在电脑上用命令行生成反馈报告：mhscore report", { exact: false })
      .waitFor();
    expect(await mac.getByRole("button", { name: "下载反馈报告（.zip）" }).count()).toBe(0);
    await mac.close();
  }, 120000);
});
