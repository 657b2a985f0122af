#!/usr/bin/env node
/**
 * The printed pages of a 50-application round (5 judges, a consensus meeting on 8 of them), as
 * PNG in docs/screenshots: the summary's first page, one item's chart, one feedback report page;
 * and the committee's documents of the 12-application round a newcomer ran
 * (test/support/committee-round.ts): 拟获奖名单, 问题清单, 进度, 审定 and 异议登记.
 * Needs LibreOffice and poppler (pdftoppm). `npm run screenshots:print` builds what it needs first.
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const { execFileSync } = require("child_process");
const lo = require("./lib/libreoffice");

const root = path.join(__dirname, "..");
const lib = (m) => require(path.join(root, "lib", m));
const synthetic = require(path.join(root, ".bench/test/support/synthetic-round"));
const out = path.join(root, "docs/screenshots");

/** The page of `pdf` (1-based) as a PNG at `dpi`, saved as `name`. */
function pagePng(pdf, page, name, dpi = 80) {
  const prefix = path.join(path.dirname(pdf), `page-${page}`);
  execFileSync("pdftoppm", [
    "-png",
    "-r",
    `${dpi}`,
    "-f",
    `${page}`,
    "-l",
    `${page}`,
    "-singlefile",
    pdf,
    prefix,
  ]);
  fs.copyFileSync(`${prefix}.png`, path.join(out, name));
}

/** The first page whose text starts with a header line ending in `sheet` and contains `text`. */
function findPage(pdf, sheet, text) {
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf]).toString())[1]);
  for (let p = 1; p <= count; p++) {
    const page = execFileSync("pdftotext", [
      "-layout",
      "-f",
      `${p}`,
      "-l",
      `${p}`,
      pdf,
      "-",
    ]).toString();
    if (page.trim().split("\n")[0].trim().endsWith(sheet) && page.includes(text)) return p;
  }
  throw new Error(`no page of ${sheet} with ${text}`);
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mh-shots-"));
  const { CheckedFiles, consolidateChecked } = lib("consolidate");
  const { defaultStandard: std } = lib("standard");
  const checked = new CheckedFiles(std);
  for (const f of synthetic.syntheticRound(50, 5)) await checked.add(f);
  const consensus = synthetic.syntheticConsensus([0, 5, 10, 15, 20, 1, 6, 11]);
  const result = consolidateChecked(checked, { winners: 3 }, std, undefined, undefined, consensus);
  const summary = path.join(dir, "汇总.xlsx");
  const plans = lib("secretariat-sheets/consolidation").consolidationWorkbook(std, result);
  fs.writeFileSync(summary, await lib("xlsx").writeWorkbook(plans));
  const pdf = await lo.convert(summary, "pdf", dir);
  pagePng(pdf, 1, "12-summary-50.png");
  pagePng(pdf, findPage(pdf, "图表", "共识总分"), "13-chart-50.png");
  const [report] = await lib("workflows/report").writeReports(
    { standard: std, passRatio: result.options.passRatio },
    { result, withScores: true }
  );
  const docx = path.join(dir, report.fileName);
  fs.writeFileSync(docx, report.bytes);
  pagePng(await lo.convert(docx, "pdf", dir), 1, "14-report-50.png");
  console.log(`written to ${out}: 12-summary-50.png 13-chart-50.png 14-report-50.png`);
  await committeeShots(dir);
}

/** The committee's sheets of the 12 × 7 round, with the roster: each sheet's first page. */
async function committeeShots(dir) {
  const { committeeRound } = require(path.join(root, ".bench/test/support/committee-round"));
  const { consolidate } = lib("consolidate");
  const { defaultStandard: std } = lib("standard");
  const { t } = lib("strings");
  const { files, round, assignments } = committeeRound();
  const result = await consolidate(files, { winners: 2 }, std, undefined, { round, assignments });
  const plans = lib("secretariat-sheets/consolidation").consolidationWorkbook(std, result);
  const summary = path.join(dir, "committee", "汇总.xlsx");
  fs.mkdirSync(path.dirname(summary));
  fs.writeFileSync(summary, await lib("xlsx").writeWorkbook(plans));
  const pdf = await lo.convert(summary, "pdf", path.dirname(summary));
  const shots = [
    ["15-winners.png", t("summary.decisionSheet")],
    ["16-problems.png", t("summary.problemSheet")],
    ["17-progress.png", t("summary.progressSheet")],
    ["18-approval.png", t("summary.approvalSheet")],
    ["19-objections.png", t("summary.objectionSheet")],
  ];
  for (const [name, sheet] of shots) pagePng(pdf, findPage(pdf, sheet, ""), name);
  console.log(`written to ${out}: ${shots.map(([n]) => n).join(" ")}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
