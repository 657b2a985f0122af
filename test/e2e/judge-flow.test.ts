/**
 * A judge's whole flow in the built task pane, in Debian's headless Chromium, with the in-memory
 * Excel double standing in for office.js: generate a sheet for 研发创新 (提交评分 is disabled,
 * saying why), score every sub-item through the guide with the keyboard, type an over-maximum
 * value into a cell, see it listed, fix it, choose a 成熟度 in the sheet that does not match the
 * score, see the warning in 状态 and in the confirmation before 提交评分, finalize, and read back
 * the verdict. Screenshots of each step are saved.
 */
import { afterAll, beforeAll, expect, it } from "@jest/globals";
import * as path from "path";
import { describeWithBrowser, ensureBuilt, harness, screenshotDir } from "../support/browser";

type Page = any;

const SHEET = "上海某某精密机械有限公司";
/** Per sub-item: band (0-based, reached with ArrowDown) and steps right inside it → percent. */
const PLAN: Record<string, { band: number; right: number; percent: number; strength: string }> = {
  "2.1": { band: 3, right: 2, percent: 60, strength: "核心技术获省部级奖励 2 项" },
  "2.2": { band: 3, right: 3, percent: 65, strength: "市级技术中心，研发投入占比 5.1%" },
  "2.3": { band: 4, right: 0, percent: 70, strength: "容错机制写入制度" },
  "6.1": { band: 3, right: 3, percent: 65, strength: "新增利润逐年增长" },
  "6.2": { band: 3, right: 2, percent: 60, strength: "绿色工艺替代进口" },
  "6.3": { band: 3, right: 1, percent: 55, strength: "三年营收趋势向好" },
};

describeWithBrowser("the judge's flow in the task pane (Chromium + the Excel double)", () => {
  let server: { url: string; close(): Promise<void> };
  let browser: any;
  let page: Page;
  let officeJs: string;
  const requests: string[] = [];
  const shots = screenshotDir();
  const shot = (name: string) => page.screenshot({ path: path.join(shots, name), fullPage: true });
  const excel = <T>(fn: string, ...args: unknown[]): Promise<T> =>
    page.evaluate(
      ([f, a]: [string, unknown[]]) => (window as any).__excelDouble[f](...a),
      [fn, args]
    );
  const cell = (address: string) =>
    page.evaluate(
      ([s, a]: [string, string]) => (window as any).__excelDouble.valueAt(s, a),
      [SHEET, address]
    );
  const idle = () => page.evaluate(() => (window as any).__excelDouble.idle());

  beforeAll(async () => {
    const dist = ensureBuilt();
    officeJs = await harness.buildFakeOffice();
    server = await harness.serveDist(dist);
    browser = await harness.launchBrowser();
    page = await browser.newPage({ viewport: { width: 380, height: 900 }, locale: "zh-CN" });
    await harness.routeOfficeJs(page, officeJs);
    page.on("request", (r: any) => requests.push(r.url()));
    await page.addInitScript(() => {
      (window as any).__csp = [];
      document.addEventListener("securitypolicyviolation", (e) =>
        (window as any).__csp.push(`${e.violatedDirective} ${e.blockedURI}`)
      );
    });
    const errors: string[] = [];
    page.on("pageerror", (e: Error) => errors.push(e.message));
    await page.goto(`${server.url}/taskpane.html`);
    await page.getByRole("tab", { name: "新建评分表" }).waitFor();
    // The guide says the current sheet (Sheet1) is not a scoring sheet; nothing went wrong.
    await page.getByRole("tab", { name: "评分指引" }).click();
    await page.getByText("当前工作表不是评分表").waitFor();
    await page.getByRole("tab", { name: "新建评分表" }).click();
    expect(await page.getByRole("alert").count()).toBe(0);
    expect(errors).toEqual([]);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("generates a scoring sheet for 研发创新", async () => {
    await page.getByLabel("申报组织").fill(SHEET);
    await page.getByLabel("申报单项").selectOption("2");
    await page.getByLabel("评委").fill("张评委");
    await page.getByLabel("评审日期").fill("2026-11-24");
    await shot("01-new-sheet.png");
    await page.getByRole("button", { name: "生成评分表" }).click();
    await page.getByText(`已生成评分表“${SHEET}”`).waitFor();
    const sheets = await page.evaluate(() =>
      (window as any).__excelDouble.state.sheets.map((s: any) => s.name)
    );
    expect(sheets).toEqual(["Sheet1", SHEET, "评分指引"]);
    // The judge is remembered in the workbook, and the guide opens on 2.1 (the first score cell is selected).
    expect(
      await page.evaluate(() =>
        (window as any).__excelDouble.state.settings.get("mh-award-scorer.judge")
      )
    ).toBe("张评委");
    await page.getByTestId("guide").getByText("2.1 技术研发先进性").waitFor();
    // Nothing scored yet: 提交评分 is disabled and says why.
    await page.getByRole("tab", { name: "状态" }).click();
    await page.getByText("还有 6 项未评分，全部评分后才能提交。").waitFor();
    expect(await page.getByRole("button", { name: "提交评分" }).isDisabled()).toBe(true);
    await page.getByRole("tab", { name: "评分指引" }).click();
  });

  it("scores every sub-item through the guide, keyboard only", async () => {
    for (const [code, p] of Object.entries(PLAN)) {
      const guide = page.getByTestId("guide");
      await guide.getByText(new RegExp(`^${code.replace(".", "\\.")} `)).waitFor();
      await guide.focus();
      for (let i = 0; i <= p.band; i++) await page.keyboard.press("ArrowDown");
      for (let i = 0; i < p.right; i++) await page.keyboard.press("ArrowRight");
      await page.getByLabel("③ 优点（依据）").fill(p.strength);
      await guide.focus();
      if (code === "2.1") await shot("02-guide.png");
      await page.keyboard.press("Enter");
      await page
        .getByRole("status")
        .filter({ hasText: `已写入 ${code}` })
        .waitFor();
      await page.keyboard.press("Alt+N");
    }
    await page.getByText("所有评分项都已评分").waitFor();
    expect(await cell("D7")).toBe(72);
    expect(await cell("G7")).toBe("核心技术获省部级奖励 2 项");
    expect(await cell("F8")).toBe("第4档 50–65% 协调一致");
  });

  it("lists an over-maximum value typed into the sheet, with 定位, and drops it once fixed", async () => {
    await page.getByText("所有评分项都已评分").waitFor();
    await excel("userEdit", SHEET, "D8", [[150]]);
    await idle();
    // The sheet changed: the earlier message no longer holds and is gone.
    await page.getByText("所有评分项都已评分").waitFor({ state: "detached" });
    await page.getByRole("tab", { name: "状态" }).click();
    const listed = page.getByRole("region", { name: /需要修正的得分/ });
    await listed.getByText("2.2 技术研发创新能力：得分 150 超过满分 100（单元格 D8）").waitFor();
    await page.getByTestId("verdict").filter({ hasText: "有误" }).waitFor();
    await page.getByText("有 1 项得分有误，修正后才能提交。").waitFor();
    expect(await page.getByRole("button", { name: "提交评分" }).isDisabled()).toBe(true);
    await shot("03-invalid-listed.png");
    await listed.getByRole("button", { name: "定位" }).click();
    await page.waitForFunction(
      () => (window as any).__excelDouble.state.selection?.address === "D8"
    );
    await excel("userEdit", SHEET, "D8", [[65]]);
    await idle();
    await page.getByRole("tab", { name: "状态" }).click();
    await listed.waitFor({ state: "detached" });
    expect(await cell("D8")).toBe(65);
  });

  it("made no network request but to itself and office.js, and broke no Content-Security-Policy rule", async () => {
    const csp = await page.evaluate(() =>
      document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute("content")
    );
    expect(csp).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).not.toContain("unsafe-eval");
    const foreign = requests.filter(
      (u) =>
        !u.startsWith(server.url) &&
        u !== "https://appsforoffice.microsoft.com/lib/1/hosted/office.js"
    );
    expect(foreign).toEqual([]);
    expect(await page.evaluate(() => (window as any).__csp)).toEqual([]);
    // The policy is enforced: an injected inline script does not run and is reported.
    await page.evaluate(() => {
      const s = document.createElement("script");
      s.textContent = "window.__injected = true";
      document.body.appendChild(s);
    });
    await page.waitForFunction(() => (window as any).__csp.length > 0);
    expect(await page.evaluate(() => (window as any).__injected)).toBeUndefined();
    expect((await page.evaluate(() => (window as any).__csp))[0]).toMatch(/^script-src/);
    await page.evaluate(() => ((window as any).__csp = []));
  });

  it("warns of a 成熟度 that does not match the score, in 状态 and before 提交评分, then finalizes: 通过", async () => {
    await excel("userEdit", SHEET, "F7", [["30–45% 早期系统化"]]);
    await idle();
    await page.getByRole("tab", { name: "状态" }).click();
    await page.getByText("已评分 6 / 6 项").waitFor();
    await page.getByText("总分 314 / 500").waitFor();
    const warning =
      "2.1 技术研发先进性：得分 72 分（60%）属于“第4档 50–65% 协调一致”档，所选成熟度为“30–45% 早期系统化”，请核对";
    const listed = page.getByRole("region", { name: "提示（1 条，不影响结论）" });
    await listed.getByText(warning).waitFor();
    await page.getByRole("button", { name: "提交评分" }).click();
    const confirm = page.getByRole("alertdialog", { name: "有 1 条提示，仍要提交评分吗？" });
    await confirm.getByText(warning).waitFor();
    await shot("04-confirm-warnings.png");
    // Nothing is submitted before the judge answers.
    expect(await cell("J2")).toBeNull();
    await confirm.getByRole("button", { name: "仍然提交" }).click();
    await page.getByText("已提交评分，评分表已锁定。").waitFor();
    expect(await page.getByTestId("verdict").textContent()).toBe("通过");
    await shot("05-finalized.png");
    expect(await cell("J2")).toBe("已提交");
    const locked = await page.evaluate(
      ([s]: [string]) =>
        (window as any).__excelDouble.state.sheets.find((x: any) => x.name === s).cells.get("D7")
          .format.locked,
      [SHEET]
    );
    expect(locked).toBe(true);
  });
});

describeWithBrowser("the task pane's theme", () => {
  it("follows a dark Office theme", async () => {
    const server = await harness.serveDist(ensureBuilt());
    const browser = await harness.launchBrowser();
    try {
      const page = await browser.newPage();
      await harness.routeOfficeJs(page, await harness.buildFakeOffice());
      await page.goto(`${server.url}/taskpane.html?theme=dark`);
      await page.getByRole("tab", { name: "新建评分表" }).waitFor();
      const bg = await page.evaluate(
        () => getComputedStyle(document.querySelector(".fui-FluentProvider")!).backgroundColor
      );
      const [r, g, b] = bg.match(/\d+/g)!.map(Number);
      expect(r + g + b).toBeLessThan(200);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});

describeWithBrowser("the task pane outside Excel", () => {
  it.each([
    ["office.js cannot load", null],
    ["office.js loads but there is no host", "host=none"],
  ])("says so in one line when %s", async (_what, query) => {
    const server = await harness.serveDist(ensureBuilt());
    const browser = await harness.launchBrowser();
    try {
      const page = await browser.newPage();
      await harness.routeOfficeJs(page, query ? await harness.buildFakeOffice() : null);
      const errors: string[] = [];
      page.on("pageerror", (e: Error) => errors.push(e.message));
      await page.goto(`${server.url}/taskpane.html${query ? `?${query}` : ""}`);
      await page.getByRole("status").waitFor();
      expect(await page.getByRole("status").textContent()).toMatch(
        /^本页面是 Excel 加载项“质量创新单项奖评分助手”，请在 Excel 中打开/
      );
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
