/**
 * A judge's whole flow in the built task pane, in Debian's headless Chromium, with the in-memory
 * Excel double standing in for office.js, in a 350 × 700 pane: generate a sheet for 研发创新
 * (提交评分 is disabled, saying why), score every sub-item through the guide with the keyboard —
 * steps ①②③ shown from the start, every band's name whole, and the 5 % steps, the evidence and
 * the buttons in view without scrolling on every sub-item — type an over-maximum value into a cell, see it listed, fix it,
 * choose a 成熟度 in the sheet that does not match the score, see the warning in 状态 and in the
 * confirmation before 提交评分, finalize, read back the verdict, and count the workbook's sheets
 * once a second one is made. Screenshots of each step are saved, at 350 px and at full width.
 */
import { afterAll, beforeAll, expect, it } from "@jest/globals";
import * as path from "path";
import { describeWithBrowser, ensureBuilt, harness, screenshotDir } from "../support/browser";

type Page = any;

const SHEET = "上海某某精密机械有限公司";
/** The narrow pane (Excel's default task pane is about 350 px wide) and a full-width one. */
const NARROW = { width: 350, height: 700 };
const WIDE = { width: 900, height: 900 };
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
  const shot = (name: string, fold = false) =>
    page.screenshot({ path: path.join(shots, name), fullPage: !fold });
  /** A screenshot at full width, then back to the narrow pane. */
  const wideShot = async (name: string) => {
    await page.setViewportSize(WIDE);
    await shot(name);
    await page.setViewportSize(NARROW);
  };
  /** The band names cut off (an ellipsis instead of their end) in the guide as it is laid out now. */
  const cutBands = (): Promise<string[]> =>
    page
      .getByRole("radiogroup", { name: "① 选择最吻合的成熟度档次（↑ ↓）" })
      .evaluate((group: HTMLElement) =>
        [...group.querySelectorAll("[role=radio] > span:first-child")]
          .filter((s) => s.scrollWidth > s.clientWidth)
          .map((s) => s.textContent)
      );
  /** How far below the top of the pane (unscrolled) an element ends, in px. */
  const bottomOf = async (locator: any) => {
    const box = await locator.boundingBox();
    return box.y + box.height + (await page.evaluate(() => window.scrollY));
  };
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
    page = await browser.newPage({ viewport: NARROW, locale: "zh-CN" });
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
    const guide = page.getByTestId("guide");
    await guide.getByText("2.1 技术研发先进性").waitFor();
    // The first screen has all three steps; ② says it waits for a band.
    for (const step of ["① 选择最吻合的成熟度档次", "② 在档内定分", "③ 写明依据"])
      expect(await guide.getByText(step).isVisible()).toBe(true);
    expect(await guide.getByTestId("steps-waiting").isVisible()).toBe(true);
    // Nothing scored yet: 提交评分 is disabled and says why.
    await page.getByRole("tab", { name: "状态" }).click();
    await page.getByText("还有 6 项未评分，全部评分后才能提交。").waitFor();
    expect(await page.getByRole("button", { name: "提交评分" }).isDisabled()).toBe(true);
    await page.getByRole("tab", { name: "评分指引" }).click();
  });

  it("scores every sub-item through the guide, keyboard only, its steps, evidence and buttons in view at 350 × 700", async () => {
    const below: string[] = [];
    const cut: string[] = [];
    for (const [code, p] of Object.entries(PLAN)) {
      const guide = page.getByTestId("guide");
      await guide.getByText(new RegExp(`^${code.replace(".", "\\.")} `)).waitFor();
      await guide.focus();
      for (let i = 0; i <= p.band; i++) await page.keyboard.press("ArrowDown");
      for (let i = 0; i < p.right; i++) await page.keyboard.press("ArrowRight");
      await page.getByLabel("优点", { exact: true }).fill(p.strength);
      await guide.focus();
      for (const name of ["写入评分表", "下一个未评分项"]) {
        const bottom = await bottomOf(guide.getByRole("button", { name }));
        if (bottom > NARROW.height) below.push(`${code} ${name}: ${bottom}`);
      }
      cut.push(...(await cutBands()));
      if (code === "2.1") {
        await shot("02-guide.png", true);
        await page.setViewportSize(WIDE);
        cut.push(...(await cutBands()).map((b) => `wide: ${b}`));
        await wideShot("02-guide-wide.png");
      }
      await page.keyboard.press("Enter");
      await page
        .getByRole("status")
        .filter({ hasText: `已写入 ${code}` })
        .waitFor();
      await page.keyboard.press("Alt+N");
    }
    await page.getByText("所有评分项都已评分").waitFor();
    expect(below).toEqual([]);
    // Every band's name whole, "第3档 30–45% 早期系统化" too, in the narrow pane and at full width.
    expect(cut).toEqual([]);
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
    const parts = page.getByRole("table", { name: "各部分得分" });
    await parts.getByRole("row", { name: "总分 6 / 6 项 314 / 500" }).waitFor();
    await parts.getByRole("row", { name: "研发创新 3 / 3 项 193 / 300" }).waitFor();
    await parts.getByRole("row", { name: "创新价值 3 / 3 项 121 / 200" }).waitFor();
    // The applicant is named once.
    expect(await page.getByTestId("status").getByText(SHEET).count()).toBe(1);
    const warning =
      "2.1 技术研发先进性：得分 72 分（60%）属于“第4档 50–65% 协调一致”档，所选成熟度为“30–45% 早期系统化”，请核对";
    const listed = page.getByRole("region", { name: "提示（1 条，不影响结论）" });
    await listed.getByText(warning).waitFor();
    await page.getByRole("button", { name: "提交评分" }).click();
    const confirm = page.getByRole("alertdialog", { name: `提交“${SHEET}”的评分？` });
    await confirm.getByText("总分 314 / 500（62.80%），结论：通过").waitFor();
    await confirm.getByText(/提交后评分表锁定/).waitFor();
    await confirm.getByText(/撤销提交/).waitFor();
    await confirm
      .getByRole("region", { name: /有 1 条提示/ })
      .getByText(warning)
      .waitFor();
    // Fluent's dialog fades in: the screenshot waits for its motion to end.
    await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
    await shot("04-confirm-warnings.png", true);
    // Nothing is submitted before the judge answers.
    expect(await cell("J2")).toBeNull();
    await confirm.getByRole("button", { name: "提交并锁定" }).click();
    await page.getByText("已提交评分，评分表已锁定。").waitFor();
    // The dialog fades out too: the screenshot waits until it is gone.
    await confirm.waitFor({ state: "detached" });
    await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
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

  it("counts the workbook's scoring sheets in 状态 once there is a second one", async () => {
    await page.getByRole("tab", { name: "新建评分表" }).click();
    await page.getByLabel("申报组织").fill("上海莘庄工业检测有限公司");
    await page.getByLabel("申报单项").selectOption("4");
    await page.getByRole("button", { name: "生成评分表" }).click();
    await page.getByText("已生成评分表“上海莘庄工业检测有限公司”").waitFor();
    await page.getByRole("tab", { name: "状态" }).click();
    await page
      .getByTestId("workbook-progress")
      .filter({ hasText: "共 2 张：已提交 1 张，已评完未提交 0 张，未评完 1 张。" })
      .waitFor();
    // Back on the submitted sheet, the open one is listed, to open from there.
    await excel("select", SHEET, "D7");
    const others = page.getByRole("region", { name: "本工作簿的评分表" });
    const pending = others
      .getByRole("listitem")
      .filter({ hasText: "上海莘庄工业检测有限公司：未评完" });
    // (a click on a sub-item's row shows the guide)
    await page.getByText("此评分表已提交，只能查看。", { exact: false }).waitFor();
    await page.getByRole("tab", { name: "状态" }).click();
    await pending.waitFor();
    expect(await others.getByRole("listitem").count()).toBe(1);
    await wideShot("05-status-wide.png");
    await pending.getByRole("button", { name: "打开" }).click();
    // 打开 selects the sheet's first sub-item: the guide shows it.
    await page.getByText("已打开评分表“上海莘庄工业检测有限公司”。").waitFor();
    await page
      .getByTestId("guide")
      .getByText(/^4\.1 /)
      .waitFor();
    await page.getByRole("tab", { name: "状态" }).click();
    await page.getByTestId("status").getByText("上海莘庄工业检测有限公司").waitFor();
    // The sheet now open is not listed, and the other one is submitted: nothing left to open.
    expect(await others.getByRole("listitem").count()).toBe(0);
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
