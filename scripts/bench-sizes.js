#!/usr/bin/env node
/**
 * The sizes a city-wide round reaches, run through the real CLI (lib/, from npm run build:cli):
 *   node scripts/bench-sizes.js DIR [N]
 * writes N (10,000) judges' workbooks with varied comments (every one different, of different
 * lengths), then times `mhscore consolidate` of the folder with --json and with -o (the summary
 * workbook written), a folder of 2,000 files, and a run given 30,000 paths on the command line
 * (mostly absent ones: each is reported, none ends the run). Prints one JSON line.
 */
const fs = require("fs");
const path = require("path");
const { execFileSync } = require("child_process");
const { performance } = require("perf_hooks");

const lib = (m) => require(path.join(__dirname, "..", "lib", m));
const BIN = path.join(__dirname, "..", "bin", "mhscore.js");

const OPENINGS = [
  "流程再造",
  "数字化质量管理",
  "标准体系建设",
  "顾客满意度测评",
  "供应链协同",
  "质量成本分析",
];
const FINDINGS = [
  "成效明显",
  "覆盖全部产线",
  "已形成制度并持续改进",
  "数据支撑充分",
  "获得行业认可",
  "仍有提升空间",
];

/** A comment no other judge wrote: fragments by index, a number, a length that varies. */
function comment(i, k) {
  const parts = [OPENINGS[(i + k) % OPENINGS.length], FINDINGS[(i * 7 + k) % FINDINGS.length]];
  const extra = "，相关记录完整".repeat((i + k) % 5);
  return `${parts.join("")}${extra}（第 ${i + 1} 份，第 ${k + 1} 项，${(i * 31 + k) % 97}%）`;
}

async function generate(dir, n) {
  const { buildScoringSheetPlan } = lib("judge-sheets/scoring-sheet");
  const { writeWorkbook } = lib("xlsx");
  const { defaultStandard: std, subItemsForItem } = lib("standard");
  fs.mkdirSync(dir, { recursive: true });
  for (let i = 0; i < n; i++) {
    const item = (i % 5) + 1;
    const applicant = `上海第${(i % 400) + 1}号申报单位有限公司`;
    const judge = `评委${Math.floor(i / 400) + 1}`;
    const entries = {};
    for (const [k, s] of subItemsForItem(std, item).entries())
      entries[s.code] = {
        score: (s.max * (40 + ((i * 7 + k * 3) % 13) * 5)) / 100,
        strength: comment(i, k),
        improvement: comment(i + 1, k + 2),
      };
    const plan = buildScoringSheetPlan(
      std,
      { applicant, item, judge, date: "2026-11-20" },
      { sheetName: applicant, entries }
    );
    fs.writeFileSync(
      path.join(dir, `${String(i).padStart(5, "0")}-${judge}.xlsx`),
      await writeWorkbook([plan])
    );
  }
}

function timed(args) {
  const t0 = performance.now();
  let code = 0;
  let out = "";
  try {
    out = execFileSync(process.execPath, ["--max-old-space-size=4096", BIN, ...args], {
      encoding: "utf8",
      maxBuffer: 1 << 30,
      stdio: ["ignore", "pipe", "pipe"],
    });
  } catch (e) {
    code = e.status ?? 1;
    out = String(e.stdout ?? "") + String(e.stderr ?? "").slice(0, 300);
  }
  return { ms: Math.round(performance.now() - t0), code, out };
}

async function main() {
  const [dir, n = "10000"] = process.argv.slice(2);
  const all = path.join(dir, "all");
  const t0 = performance.now();
  await generate(all, Number(n));
  const generateMs = Math.round(performance.now() - t0);
  const json = timed(["consolidate", all, "--json"]);
  const counted = json.code === 0 ? JSON.parse(json.out).counts.sheetsCounted : null;
  const summary = timed(["consolidate", all, "-o", path.join(dir, "汇总.xlsx")]);
  const folder = path.join(dir, "folder");
  fs.mkdirSync(folder);
  for (const f of fs.readdirSync(all).slice(0, 2000))
    fs.copyFileSync(path.join(all, f), path.join(folder, f));
  const twoThousand = timed(["consolidate", folder, "--json"]);
  const paths = Array.from({ length: 30000 }, (_, i) => path.join(dir, "gone", `评委${i}.xlsx`));
  paths.push(path.join(all, fs.readdirSync(all)[0]));
  const list = path.join(dir, "paths.txt");
  fs.writeFileSync(list, paths.join("\n"));
  const manyPaths = timed(["consolidate", "--json", ...paths]);
  console.log(
    JSON.stringify({
      workbooks: Number(n),
      generateMs,
      json: { ms: json.ms, code: json.code, counted },
      summary: { ms: summary.ms, code: summary.code },
      folder2000: { ms: twoThousand.ms, code: twoThousand.code },
      paths30000: { ms: manyPaths.ms, code: manyPaths.code },
    })
  );
}

main().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
