/* Runs once before the tests: says plainly whether the spreadsheet-engine tests can run. */
const { findSoffice } = require("../../scripts/lib/libreoffice");
const { findChromium } = require("../../scripts/lib/pane-harness");
const { onCI } = require("./ci");

module.exports = async function globalSetup() {
  if (!findChromium()) {
    if (onCI()) {
      throw new Error(
        `CI=${process.env.CI} 但未找到 Chromium：任务窗格的端到端测试必须运行。请安装 chromium（.ci/run 会安装）。`
      );
    }
    process.stdout.write(
      "\n[浏览器测试已跳过] 未找到 Chromium，test/e2e/ 下在真实浏览器中走完评委流程的测试不会运行。\n" +
        "安装：apt-get install -y --no-install-recommends chromium\n"
    );
  }
  if (findSoffice()) return;
  if (onCI()) {
    throw new Error(
      `CI=${process.env.CI} 但未找到 LibreOffice（soffice）：引擎测试必须运行。请安装 libreoffice-calc-nogui（.ci/run 会安装）。`
    );
  }
  process.stdout.write(
    "\n[引擎测试已跳过] 未找到 LibreOffice（soffice），test/engine/ 下用真实表格引擎重算公式、检查打印的测试不会运行。\n" +
      "安装：apt-get install -y --no-install-recommends libreoffice-calc-nogui fonts-noto-cjk poppler-utils\n\n"
  );
};
