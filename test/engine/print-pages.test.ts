/**
 * What the secretariat prints: page breaks keep an application's block on one page where it fits,
 * as planned (pure), as written (rowBreaks in the sheet XML) and as LibreOffice prints it (PDF).
 */
import { beforeAll, describe, expect, it } from "@jest/globals";
import { execFileSync } from "child_process";
import { consolidate, type ConsolidationResult } from "../../src/consolidate";
import { a4Print, pageBreaksFor, type SheetPlan } from "../../src/sheet-kit";
import { consolidationWorkbook } from "../../src/secretariat-sheets/consolidation";
import { defaultStandard as std } from "../../src/standard";
import { t } from "../../src/strings";
import { writeWorkbook } from "../../src/xlsx";
import { convertWithEngine, describeWithEngine, tempDir } from "../support/engine";
import { partsOf, text } from "../support/raw-zip";
import { syntheticRound } from "../support/synthetic-round";

describe("page breaks for blocks of rows", () => {
  const print = a4Print("portrait", "A1:D400", [1, 1]);
  const rowHeights: Record<number, number> = {};
  for (let r = 1; r <= 400; r++) rowHeights[r] = 20;
  // Blocks of 10 rows of 20 pt after a one-row header: rows 2–11, 12–21, …
  const blocks = Array.from({ length: 30 }, (_, i): [number, number] => [2 + i * 10, 11 + i * 10]);
  const breaks = pageBreaksFor({ print, columns: [{ width: 20 }], rowHeights, blocks });

  it("starts a new page only at a block's first row", () => {
    expect(breaks.length).toBeGreaterThan(5);
    for (const row of breaks) expect(blocks.some(([first]) => first === row)).toBe(true);
  });

  it("fills each page with as many whole blocks as fit (A4 less margins, header row repeated)", () => {
    const usable = 841.9 - (0.6 + 0.6) * 72;
    const starts = [1, ...breaks];
    const lastRow = blocks[blocks.length - 1][1];
    starts.forEach((start, i) => {
      const end = (starts[i + 1] ?? lastRow + 1) - 1;
      const height = (end - start + 1) * 20 + (i > 0 ? 20 : 0);
      expect([i, height <= usable]).toEqual([i, true]);
      // The next block would not have fitted: the break was needed.
      if (i < breaks.length) expect([i, height + 200 > usable * 0.94]).toEqual([i, true]);
    });
  });

  it("keeps the block inside one that never fits a page (an item's chart, its table too long)", () => {
    // Rows 1–30 fill most of page 1; rows 31–90 never fit a page, rows 31–40 do: they start page 2.
    const nested: [number, number][] = [
      [31, 90],
      [31, 40],
    ];
    expect(pageBreaksFor({ print, columns: [{ width: 20 }], rowHeights, blocks: nested })).toEqual([
      31,
    ]);
  });

  it("leaves a block taller than a page to the printer", () => {
    const tall: [number, number][] = [
      [2, 60],
      [61, 80],
    ];
    expect(pageBreaksFor({ print, columns: [{ width: 20 }], rowHeights, blocks: tall })).toEqual([
      61,
    ]);
  });
});

describe("the summary workbook of a 12-application, 7-judge round", () => {
  let result: ConsolidationResult;
  let plans: SheetPlan[];
  let bytes: Uint8Array;
  beforeAll(async () => {
    result = await consolidate(syntheticRound(12, 7), { winners: 2 });
    // The comments printed too (--comments print): every sheet's every page is checked.
    plans = consolidationWorkbook(std, result, { comments: "print" });
    bytes = await writeWorkbook(plans);
  });

  it("writes each planned break as a manual row break, where Excel expects it", async () => {
    const detail = plans.find((p) => p.sheetName === t("summary.detailSheet"))!;
    expect(detail.pageBreaks?.length).toBeGreaterThan(1);
    const parts = await partsOf(bytes);
    const xml = text(parts.get(`xl/worksheets/sheet${plans.indexOf(detail) + 1}.xml`)!);
    const written = [...xml.matchAll(/<brk id="(\d+)" max="16383" man="1"\/>/g)].map(
      (m) => Number(m[1]) + 1
    );
    expect(written).toEqual(detail.pageBreaks);
    expect(xml).toMatch(/<rowBreaks count="\d+" manualBreakCount="\d+">/);
  });

  describeWithEngine("printed by LibreOffice", () => {
    // The page header (round name and sheet name) is the first line of text.
    const header = (page: string) => page.trim().split("\n")[0];
    let pages: string[];
    let sizes: string[];
    beforeAll(async () => {
      const pdf = await convertWithEngine(bytes, "汇总.xlsx", "pdf", tempDir("print"));
      const info = execFileSync("pdfinfo", [pdf.path]).toString();
      const count = Number(/Pages:\s+(\d+)/.exec(info)![1]);
      const each = execFileSync("pdfinfo", ["-f", "1", "-l", `${count}`, pdf.path]).toString();
      sizes = [...each.matchAll(/Page +\d+ size: +([\d.]+ x [\d.]+)/g)].map((m) => m[1]);
      pages = Array.from({ length: count }, (_, i) =>
        execFileSync("pdftotext", [
          "-layout",
          "-f",
          `${i + 1}`,
          "-l",
          `${i + 1}`,
          pdf.path,
          "-",
        ]).toString()
      );
    }, 120_000);

    it("cuts no column: each sheet's last column heads every page of it", () => {
      const last: Record<string, string> = {
        [t("summary.sheet")]: t("summary.col.notes"),
        [t("summary.commentSheet")]: t("comments.col.improvement"),
        [t("summary.detailSheet")]: t("detail.col.disagreement"),
        [t("charts.sheet")]: t("summary.col.verdict"),
      };
      for (const [sheet, column] of Object.entries(last)) {
        const of = pages.filter((p) => header(p).endsWith(sheet));
        expect([sheet, of.length > 0]).toEqual([sheet, true]);
        // The chart sheet's tables follow their charts: at least its last page shows the column.
        const checked = sheet === t("charts.sheet") ? of.slice(-1) : of;
        for (const page of checked) expect([sheet, page.includes(column)]).toEqual([sheet, true]);
      }
    });

    it("prints each application's 评委明细 block whole on one page", () => {
      const detailPages = pages.filter((p) => header(p).endsWith(t("summary.detailSheet")));
      expect(detailPages.length).toBeGreaterThan(1);
      const seen: string[] = [];
      for (const page of detailPages) {
        const names = result.applications.filter((a) => page.includes(a.applicant));
        const totals = page.match(new RegExp(`^\\s*${t("detail.total")}\\s`, "gm")) ?? [];
        expect(totals.length).toBe(names.length);
        seen.push(...names.map((a) => a.applicant));
      }
      expect(seen.sort()).toEqual(result.applications.map((a) => a.applicant).sort());
    });

    // 42 pages before page setup, counted when LibreOffice measured columns with DejaVu's wide
    // digits (it shrank every sheet more than Excel does). With Carlito (Calibri's metrics, as CI
    // installs it) the same sheets take 26: whole blocks, rows tall enough for their text and
    // file names not cut cost pages. The 图表 sheet (new) takes at most a page per two items.
    // The band labels named 第n档 (issue 25) are longer: with its 成熟度 column widened to hold them,
    // the printed 评语 takes 18 pages where it took 15 (by default it is not printed at all).
    it("prints every page on A4, the 12 × 7 round in at most 29 pages besides the charts", () => {
      expect(sizes).toHaveLength(pages.length);
      for (const size of sizes) expect(size).toMatch(/^(595\.\d+ x 841\.\d+|841\.\d+ x 595\.\d+)$/);
      const charts = pages.filter((p) => header(p).endsWith(t("charts.sheet"))).length;
      expect(charts).toBeGreaterThan(0);
      expect(charts).toBeLessThanOrEqual(Math.ceil(5 / 2));
      expect(pages.length - charts).toBeLessThanOrEqual(29);
    });
  });
});
