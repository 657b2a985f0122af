/**
 * npm test is never silent for minutes: a line when each test file starts (the LibreOffice and
 * Chromium suites take a while), with how many have finished. Jest's own reporter still prints
 * the results and the closing summary.
 */
class ProgressReporter {
  constructor() {
    this.total = 0;
    this.done = 0;
  }

  onRunStart(results) {
    this.total = results.numTotalTestSuites;
  }

  onTestFileStart(test) {
    const file = require("path").relative(process.cwd(), test.path);
    process.stderr.write(`… 开始 ${file}（已完成 ${this.done}/${this.total} 个测试文件）\n`);
  }

  onTestFileResult() {
    this.done++;
  }
}

module.exports = ProgressReporter;
