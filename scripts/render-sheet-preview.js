#!/usr/bin/env node
/**
 * Renders a sample scoring sheet the way it prints: exceljs → LibreOffice PDF (recalculated) →
 * PNG. Needs LibreOffice, poppler-utils and fonts-noto-cjk, and `npm run build:cli` (lib/).
 *   node scripts/render-sheet-preview.js [out.png]   (default docs/screenshots/scoring-sheet.png)
 */
const { execFileSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const { convert } = require("./lib/libreoffice");
const { buildScoringSheetPlan } = require("../lib/sheets/scoring-sheet");
const { defaultStandard } = require("../lib/standard");
const { writeWorkbook } = require("../lib/xlsx");

async function main() {
  const target = path.resolve(
    process.argv[2] || path.join(__dirname, "..", "docs", "screenshots", "scoring-sheet.png")
  );
  const plan = buildScoringSheetPlan(
    defaultStandard,
    { applicant: "上海某某精密机械有限公司", item: 2, judge: "张评委", date: "2026-11-24" },
    {
      sheetName: "上海某某精密机械有限公司",
      entries: {
        2.1: {
          score: 66,
          maturity: "50–65% 协调一致",
          strength: "核心技术获省部级奖励 2 项，发明专利 37 件",
          improvement: "与国际标杆的对标数据不足",
        },
        2.2: {
          score: 55,
          maturity: "50–65% 协调一致",
          strength: "技术中心为市级，研发投入占比 5.1%",
        },
        2.3: { score: 120, improvement: "得分超过满分：示例中的红色标记" },
        6.1: { score: 48, maturity: "50–65% 协调一致" },
      },
    }
  );
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mh-preview-"));
  const xlsx = path.join(dir, "preview.xlsx");
  fs.writeFileSync(xlsx, await writeWorkbook([plan]));
  const pdf = await convert(xlsx, "pdf", dir);
  execFileSync("pdftoppm", ["-r", "110", "-png", "-singlefile", pdf, path.join(dir, "page")]);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.copyFileSync(path.join(dir, "page.png"), target);
  console.log(target);
}

main().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
