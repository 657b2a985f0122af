#!/usr/bin/env node
/**
 * Writes the workbooks a refactoring must not change, through the CLI as a user runs it, and
 * prints their fingerprints (scripts/workbook-fingerprint.js): a template, the blank roster, a
 * distributed round (the test round's roster, every judge's workbook filled and submitted), the
 * consolidation of that round and its 共识 workbook.
 *
 *   npm run bench-build && node scripts/fingerprint-set.js > before.txt
 *   … refactor … && node scripts/fingerprint-set.js > after.txt && diff before.txt after.txt
 *
 * Needs lib/ (npm run build:cli) and .bench/ (tsc -p tsconfig.bench.json).
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const { execFileSync } = require("child_process");
const ExcelJS = require("exceljs");

const root = path.join(__dirname, "..");
const fixture = require(path.join(root, ".bench/test/support/round-fixture"));
const mhscore = (...args) =>
  execFileSync(process.execPath, [path.join(root, "bin/mhscore.js"), ...args], { stdio: "pipe" });

async function writeRoster(file) {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(fixture.ROSTER)) wb.addWorksheet(name).addRows(rows);
  fs.writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mh-fingerprint-"));
  // Relative paths from the folder: the summary names the files it read, and these names are stable.
  process.chdir(dir);
  const at = (...p) => path.join(...p);
  mhscore(
    "template",
    "-o",
    at("template.xlsx"),
    "--item",
    "2",
    "--applicant",
    "上海某某有限公司",
    "--applicant",
    "上海另一家公司",
    "--judge",
    "张三",
    "--date",
    "2026-11-24"
  );
  mhscore("roster", "-o", at("roster-blank.xlsx"));
  await writeRoster(at("roster.xlsx"));
  mhscore("distribute", at("roster.xlsx"), "-o", at("judges"), "--date", "2027-03-15");
  fs.mkdirSync(at("returned"));
  for (const name of fs.readdirSync(at("judges")).sort()) {
    const judge = name.split("-")[0];
    const filled = await fixture.fillJudgeWorkbook(fs.readFileSync(at("judges", name)), judge, {
      finalize: true,
    });
    fs.writeFileSync(at("returned", name), filled);
  }
  mhscore(
    "consolidate",
    "--roster",
    at("roster.xlsx"),
    at("returned"),
    "-o",
    at("summary.xlsx"),
    "--consensus-out",
    at("consensus.xlsx"),
    "--winners",
    "2"
  );
  const files = [
    at("template.xlsx"),
    at("roster-blank.xlsx"),
    ...fs
      .readdirSync(at("judges"))
      .sort()
      .map((n) => at("judges", n)),
    at("summary.xlsx"),
    at("consensus.xlsx"),
  ];
  process.stdout.write(
    execFileSync(process.execPath, [path.join(root, "scripts/workbook-fingerprint.js"), ...files], {
      maxBuffer: 1 << 30,
    })
  );
  process.chdir(root);
  fs.rmSync(dir, { recursive: true, force: true });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
