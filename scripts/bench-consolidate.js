#!/usr/bin/env node
/**
 * Consolidation throughput, run by scripts/bench.js in child processes so each measures its own
 * peak memory:
 *   node scripts/bench-consolidate.js generate DIR N   writes N judges' workbooks (one scoring sheet each)
 *   node scripts/bench-consolidate.js ours DIR          reads + checks + aggregates them (mhscore's path)
 *   node scripts/bench-consolidate.js exceljs DIR       merely loads each with exceljs' full reader
 *   node scripts/bench-consolidate.js roster DIR        as ours, with the round's roster (25 × 12, matched by names)
 *   node scripts/bench-consolidate.js distribute DIR    50 applications × 15 judges, 5 per application, written
 *   node scripts/bench-consolidate.js shapes DIR N      N judges' files in two shapes: DIR/cli as mhscore writes
 *                                                       them, DIR/resaved as re-saved by LibreOffice (as files
 *                                                       come back from Excel and WPS); each judge distinct
 *   node scripts/bench-consolidate.js inflate DIR       the lower bound: read each file and merely inflate the
 *                                                       parts consolidation needs (no parsing)
 *   node scripts/bench-consolidate.js hostile DIR       writes the worst inputs we can build within the limits
 *   node scripts/bench-consolidate.js one FILE          opens and consolidates one file
 *   node scripts/bench-consolidate.js reports DIR       feedback reports for 100 applications
 *   node scripts/bench-consolidate.js pages DIR         the printed pages of a 12 × 7 round's summary
 *   node scripts/bench-consolidate.js cli DIR           mhscore consolidate DIR --json, as the command runs it
 *   node scripts/bench-consolidate.js distribute-vs-bare DIR   50 applications × 15 judges (750 sheets),
 *                                                       then exceljs alone writing the same cells
 *   node scripts/bench-consolidate.js reports-vs-bare DIR      100 feedback reports, then docx alone
 *   node scripts/bench-consolidate.js consensus-vs-bare DIR    a 50-application 共识 workbook, then exceljs alone
 * Each prints one JSON line: { workbooks, ms, maxRssMB }.
 */
const fs = require("fs");
const { everyoneRound } = require("./lib/bench-round");
const path = require("path");
const { performance } = require("perf_hooks");

const lib = (m) => require(path.join(__dirname, "..", "lib", m));

async function generate(dir, n) {
  const { buildScoringSheetPlan } = lib("judge-sheets/scoring-sheet");
  const { writeWorkbook } = lib("xlsx");
  const { defaultStandard: std, subItemsForItem } = lib("standard");
  fs.mkdirSync(dir, { recursive: true });
  for (let i = 0; i < n; i++) {
    const item = (i % 5) + 1;
    const applicant = `上海第${(i % 25) + 1}号申报单位有限公司`;
    const judge = `评委${Math.floor(i / 25) + 1}`;
    const entries = {};
    for (const [k, s] of subItemsForItem(std, item).entries()) {
      entries[s.code] = {
        score: (s.max * (40 + ((i * 7 + k * 3) % 13) * 5)) / 100,
        maturity: "50–65% 协调一致",
        strength: "有依据",
      };
    }
    const plan = buildScoringSheetPlan(
      std,
      { applicant, item, judge, date: "2026-11-20" },
      { sheetName: applicant, entries }
    );
    fs.writeFileSync(
      path.join(dir, `${String(i).padStart(3, "0")}-${judge}.xlsx`),
      await writeWorkbook([plan])
    );
  }
}

function files(dir) {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".xlsx"))
    .sort()
    .map((f) => path.join(dir, f));
}

const shapes = require("./bench-shapes");

/** mhscore's path: each file read, opened and checked in turn (its sheets let go), then consolidated. */
async function ours(dir) {
  const { openScoringWorkbook } = lib("xlsx");
  const { CheckedFiles, consolidateChecked } = lib("consolidate");
  const list = files(dir);
  const t0 = performance.now();
  const checked = new CheckedFiles();
  for (const f of list)
    await checked.add({
      file: f,
      result: await openScoringWorkbook(new Uint8Array(fs.readFileSync(f))),
    });
  const result = consolidateChecked(checked);
  const ms = performance.now() - t0;
  if (result.sheetsCounted !== list.length)
    throw new Error(`counted ${result.sheetsCounted} of ${list.length}`);
  return { workbooks: list.length, ms, applications: result.applications.length };
}

async function withRoster(dir) {
  const { openScoringWorkbook } = lib("xlsx");
  const { consolidate } = lib("consolidate");
  const { rosterAssignments } = lib("round");
  const { defaultStandard } = lib("standard");
  const round = everyoneRound(25, 12, { pad: true });
  const list = files(dir);
  const t0 = performance.now();
  const inputs = [];
  for (const f of list)
    inputs.push({ file: f, result: await openScoringWorkbook(new Uint8Array(fs.readFileSync(f))) });
  const roster = { round, assignments: rosterAssignments(round) };
  const result = await consolidate(inputs, {}, defaultStandard, undefined, roster);
  const ms = performance.now() - t0;
  if (result.sheetsCounted !== list.length)
    throw new Error(`counted ${result.sheetsCounted} of ${list.length}`);
  return { workbooks: list.length, ms, applications: result.applications.length };
}

async function distribute(dir) {
  const { planJudgeWorkbooks } = lib("workflows/distribute");
  const { balancedAssignments } = lib("round");
  const { writeWorkbook } = lib("xlsx");
  const { defaultStandard } = lib("standard");
  const applications = Array.from({ length: 50 }, (_, k) => ({
    id: `A${k + 1}`,
    applicant: `上海第${k + 1}号申报单位有限公司`,
    item: (k % 5) + 1,
  }));
  const judges = Array.from({ length: 15 }, (_, k) => ({
    id: `J${k + 1}`,
    name: `评委${k + 1}`,
    unit: "",
  }));
  const conflicts = [
    [1, 1],
    [7, 3],
    [19, 8],
    [33, 15],
  ].map(([a, j]) => ({
    applicationId: `A${a}`,
    judgeId: `J${j}`,
    reason: "",
  }));
  const round = {
    name: "基准",
    passRatio: 0.6,
    date: "",
    applications,
    judges,
    conflicts,
    grid: null,
  };
  fs.mkdirSync(dir, { recursive: true });
  const t0 = performance.now();
  const balanced = balancedAssignments(round, 5);
  let sheets = 0;
  for (const w of planJudgeWorkbooks(
    { standard: defaultStandard, passRatio: round.passRatio, stage: lib("round").DOCUMENT_REVIEW },
    round,
    balanced.assignments,
    "2027-03-15"
  )) {
    fs.writeFileSync(path.join(dir, w.fileName), await writeWorkbook(w.plans));
    sheets += w.applications.length;
  }
  return { workbooks: judges.length, sheets, ms: performance.now() - t0 };
}

async function exceljs(dir) {
  const ExcelJS = require("exceljs");
  const list = files(dir);
  const t0 = performance.now();
  for (const f of list) await new ExcelJS.Workbook().xlsx.load(fs.readFileSync(f));
  return { workbooks: list.length, ms: performance.now() - t0 };
}

/** `mhscore consolidate DIR --json` as the command runs it (stdout counted, not kept). */
async function cliJson(dir) {
  const { run } = lib("cli/main");
  let bytes = 0;
  const io = { out: (text) => (bytes += Buffer.byteLength(text) + 1), err: () => undefined };
  const t0 = performance.now();
  const code = await run(["consolidate", dir, "--json"], io);
  return { workbooks: files(dir).length, ms: performance.now() - t0, code, jsonBytes: bytes };
}

async function main() {
  const [mode, dir, n] = process.argv.slice(2);
  let out;
  if (mode === "generate") {
    await generate(dir, Number(n));
    out = { workbooks: Number(n) };
  } else if (mode === "ours") out = await ours(dir);
  else if (mode === "exceljs") out = await exceljs(dir);
  else if (mode === "roster") out = await withRoster(dir);
  else if (mode === "distribute") out = await distribute(dir);
  else if (mode === "shapes") out = await shapes.generate(dir, Number(n));
  else if (mode === "inflate") out = shapes.inflateOnly(files(dir));
  else if (mode === "hostile") out = await shapes.hostile(dir);
  else if (mode === "one") out = await shapes.openOne(dir);
  else if (mode === "reports") out = await shapes.reports(dir);
  else if (mode === "pages") out = await shapes.summaryPages(dir);
  else if (mode === "cli") out = await cliJson(dir);
  else if (mode === "distribute-vs-bare") out = await shapes.distributeVsBare(dir);
  else if (mode === "reports-vs-bare") out = await shapes.reportsVsBare(dir);
  else if (mode === "consensus-vs-bare") out = await shapes.consensusVsBare(dir);
  else
    throw new Error(
      "usage: generate DIR N | ours DIR | exceljs DIR | roster DIR | distribute DIR | shapes DIR N | inflate DIR | hostile DIR | one FILE"
    );
  out.maxRssMB = Math.round(process.resourceUsage().maxRSS / 1024);
  const cpu = process.cpuUsage();
  // The whole process's CPU time (start-up included): steadier than wall time on a busy machine.
  out.cpuMs = Math.round((cpu.user + cpu.system) / 1000);
  console.log(JSON.stringify(out));
}

main().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
