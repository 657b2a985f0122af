/**
 * The try-it page (demo.html): the real task pane on the in-browser workbook double, beside a
 * read-only view of the active sheet, with a sample application. A newcomer scores a sub-item
 * through the guide and sees the sheet view's score, total and verdict change; clicking a row
 * in the view moves the guide. Screenshot: docs/screenshots/07-demo.png (with SCREENSHOT_DIR).
 */
import { afterAll, beforeAll, expect, it } from "@jest/globals";
import * as fs from "fs";
import * as path from "path";
import {
  describeWithBrowser,
  ensureBuilt,
  ensureDemoBuilt,
  harness,
  screenshotDir,
} from "../support/browser";

describeWithBrowser("the try-it page (demo.html)", () => {
  let server: { url: string; close(): Promise<void> };
  let browser: any;
  let page: any;
  const errors: string[] = [];

  beforeAll(async () => {
    server = await harness.serveDist(ensureDemoBuilt());
    browser = await harness.launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: "zh-CN" });
    page.on("pageerror", (e: Error) => errors.push(e.message));
    await page.goto(`${server.url}/demo.html`);
  }, 180000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("opens on the sample application, the guide on 2.1 and the sheet view beside it", async () => {
    await page.getByText("工作表“上海示例精密机械有限公司”（只读视图）").waitFor();
    await page.getByTestId("guide").getByText("2.1 技术研发先进性").waitFor();
    expect(await page.getByTestId("sheet-figures").textContent()).toBe(
      "总分 0 / 500，得分率 0.00%，通过线 300，结论：未完成"
    );
    expect(errors).toEqual([]);
  });

  it("scores a sub-item through the guide: the sheet view's score, total and verdict follow", async () => {
    const guide = page.getByTestId("guide");
    await guide.focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowRight");
    await page.getByLabel("优点", { exact: true }).fill("核心技术获省部级奖励");
    await guide.focus();
    await page.keyboard.press("Enter");
    await page.getByTestId("score-2.1").filter({ hasText: "66" }).waitFor();
    await page
      .getByTestId("sheet-figures")
      .filter({ hasText: "总分 66 / 500，得分率 13.20%，通过线 300，结论：未完成" })
      .waitFor();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(screenshotDir(), "07-demo.png") });
    // A row of the view selects its score cell, as a click in Excel would: the guide moves.
    await page.locator('tr[data-code="2.2"]').click();
    await page.getByTestId("guide").getByText("2.2 技术研发创新能力").waitFor();
    expect(errors).toEqual([]);
  });

  it("is never part of the deployment build", () => {
    const marker = "locked cells of a protected sheet"; // a message of the double's
    const demo = ensureDemoBuilt();
    const withDouble = fs
      .readdirSync(demo)
      .filter((f) => f.endsWith(".js"))
      .some((f) => fs.readFileSync(path.join(demo, f), "utf8").includes(marker));
    expect(withDouble).toBe(true);
    const dist = ensureBuilt();
    expect(fs.existsSync(path.join(dist, "demo.html"))).toBe(false);
    const bundles = fs.readdirSync(dist).filter((f) => f.endsWith(".js"));
    for (const f of bundles)
      expect(fs.readFileSync(path.join(dist, f), "utf8")).not.toContain(
        "locked cells of a protected sheet"
      );
  });
});
