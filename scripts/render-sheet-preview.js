#!/usr/bin/env node
/**
 * Renders a sample scoring sheet and its 评分指引 the way they print: exceljs → LibreOffice PDF
 * (recalculated) → PNG. Needs LibreOffice, poppler-utils and fonts-noto-cjk, and
 * `npm run build:cli` (lib/).
 *   node scripts/render-sheet-preview.js [dir]   (default docs/screenshots: scoring-sheet.png, guide-sheet.png)
 */
const { execFileSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { convert } = require("./lib/libreoffice");
const { buildScoringSheetPlan } = require("../lib/judge-sheets/scoring-sheet");
const { buildGuideSheet } = require("../lib/judge-sheets/guide-sheet");
const { defaultStandard } = require("../lib/standard");
const { writeWorkbook } = require("../lib/xlsx");

/**
 * A clean row whose comments run long (the row grows with them), a 成熟度 of another band, a
 * score over the maximum, no 评语, a score off the grid, a blank.
 */
const ENTRIES = {
  2.1: {
    score: 66,
    maturity: "第4档 50–65% 协调一致",
    strength:
      "核心技术获省部级奖励 2 项，发明专利 37 件；与上海交通大学联合开展可靠性试验，关键工艺参数实行统计过程控制（SPC），近三年新品开发周期由 18 个月缩短至 11 个月",
    improvement: "与国际标杆的对标数据不足，成本节约的测算口径需要说明",
  },
  2.2: {
    score: 55,
    maturity: "第3档 30–45% 早期系统化",
    strength: "技术中心为市级，研发投入占比 5.1%",
  },
  2.3: { score: 120, improvement: "得分超过满分：示例中的红色标记" },
  6.1: { score: 48, maturity: "第4档 50–65% 协调一致" },
  6.2: { score: 31, maturity: "第4档 50–65% 协调一致", strength: "绿色工艺替代进口" },
};

async function main() {
  const dir = path.resolve(process.argv[2] || path.join(__dirname, "..", "docs", "screenshots"));
  const guide = buildGuideSheet(defaultStandard, [2]);
  const plan = buildScoringSheetPlan(
    defaultStandard,
    { applicant: "上海某某精密机械有限公司", item: 2, judge: "张评委", date: "2026-11-24" },
    { sheetName: "上海某某精密机械有限公司", entries: ENTRIES, guide: guide.links }
  );
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "mh-preview-"));
  const xlsx = path.join(work, "preview.xlsx");
  fs.writeFileSync(xlsx, await writeWorkbook([plan, guide.plan]));
  const pdf = await convert(xlsx, "pdf", work);
  fs.mkdirSync(dir, { recursive: true });
  const pages = { "scoring-sheet.png": 1, "guide-sheet.png": 2 };
  for (const [name, page] of Object.entries(pages)) {
    const stem = path.join(work, `page-${page}`);
    execFileSync("pdftoppm", [
      "-r",
      "110",
      "-png",
      "-singlefile",
      "-f",
      String(page),
      "-l",
      String(page),
      pdf,
      stem,
    ]);
    fs.copyFileSync(`${stem}.png`, path.join(dir, name));
    console.log(path.join(dir, name));
  }
}

main().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
