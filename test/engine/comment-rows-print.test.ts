/**
 * A judge's comments are printed whole: typed into a generated scoring sheet (through the judge's
 * own use case, writeEntry, on the .xlsx file host), comments of 25, 120 and 230 characters (the
 * longest a row shows, COMMENT_PRINT_LIMIT) are printed by LibreOffice — which never refits a row
 * when it opens a file, so the stored height is what it prints — every character inside its own
 * row. A longer one cannot print whole in Excel's tallest row: its 提示 says so on the page.
 * Consolidated, the same comments print whole on the 评语 sheet (--comments print), the longer one
 * too (its column is wider).
 *
 * Each comment has a row of its own (pdftotext mixes side-by-side cells); the 优点 column's lines
 * are told apart by their position (pdftotext -bbox), and a line counts as shown only when it
 * ends above the next row's first line (LibreOffice also writes a line its cell clips at the bottom).
 */
import { execFileSync } from "child_process";
import * as path from "path";
import { beforeAll, expect, it } from "@jest/globals";
import { consolidate } from "../../src/consolidate";
import { buildScoringSheetPlan } from "../../src/judge-sheets/scoring-sheet";
import { consolidationWorkbook } from "../../src/secretariat-sheets/consolidation";
import { MAX_ROW_HEIGHT } from "../../src/sheet-kit";
import { COMMENT_PRINT_LIMIT, defaultStandard as std, subItemsForItem } from "../../src/standard";
import { t } from "../../src/strings";
import { entryName } from "../../src/workbook-format";
import { writeEntry } from "../../src/workflows";
import { openScoringWorkbook, writeWorkbook } from "../../src/xlsx";
import { FileWorkbook } from "../../src/xlsx/file-workbook";
import { judgeComment } from "../support/comments";
import { convertWithEngine, describeWithEngine, tempDir } from "../support/engine";

interface Line {
  page: number;
  xMin: number;
  yMin: number;
  yMax: number;
  text: string;
}

/** Every text line of the PDF with its page and box (pdftotext -bbox-layout). */
function pdfLines(pdf: string): Line[] {
  const html = execFileSync("pdftotext", ["-bbox-layout", pdf, "-"], { encoding: "utf8" });
  const lines: Line[] = [];
  html.split(/<page /).forEach((page, p) => {
    const re =
      /<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([\s\S]*?)<\/line>/g;
    for (const m of page.matchAll(re)) {
      const text = [...m[4].matchAll(/>([^<]*)<\/word>/g)].map((w) => w[1]).join("");
      lines.push({ page: p, xMin: +m[1], yMin: +m[2], yMax: +m[3], text });
    }
  });
  return lines;
}

const plain = (s: string) => s.replace(/\s/g, "");

/**
 * The comments `shownWhole` of `comments` (in their order, one a row, in one column) as printed:
 * each one's lines read in order spell it all, and its last line ends above the next row's first.
 */
function expectPrintedWhole(lines: Line[], comments: [string, string][], shownWhole: number[]) {
  // The column: the lines that start where the first comment's first line starts.
  const first = lines.find((l) => l.text.length > 3 && comments[0][1].startsWith(l.text))!;
  const column = lines.filter((l) => Math.abs(l.xMin - first.xMin) < 1.5);
  let at = column.indexOf(first);
  for (const k of shownWhole) {
    const [code, comment] = comments[k];
    let shown = "";
    while (at < column.length && shown.length < plain(comment).length) {
      const more = shown + plain(column[at].text);
      if (!plain(comment).startsWith(more)) break;
      shown = more;
      at++;
    }
    expect([code, shown]).toEqual([code, plain(comment)]);
    const [last, next] = [column[at - 1], column[at]];
    expect(plain(comments[k + 1][1]).startsWith(plain(next.text))).toBe(true);
    if (last.page === next.page) expect([code, last.yMax <= next.yMin]).toEqual([code, true]);
  }
}

describeWithEngine("a judge's long comments on the printed scoring sheet", () => {
  // Item 2's sheet: its sub-items 2.1–2.3, then the 创新价值 sub-items 6.1, 6.2, ….
  const [s21, s22, s23, s61, s62] = subItemsForItem(std, 2);
  const comments: [string, string][] = [
    [s21.code, judgeComment(25, 4)],
    [s22.code, judgeComment(120, 0)],
    [s23.code, judgeComment(COMMENT_PRINT_LIMIT, 6)],
    [s61.code, judgeComment(COMMENT_PRINT_LIMIT + 60, 9)],
    [s62.code, "数据翔实。"], // the row after: where the one above must end
  ];
  let port: FileWorkbook;

  beforeAll(async () => {
    const sheetName = "上海甲乙精密制造";
    const plan = buildScoringSheetPlan(
      std,
      { applicant: "上海甲乙精密制造有限公司", item: 2, judge: "王 芳", date: "2026-11-24" },
      { sheetName }
    );
    port = FileWorkbook.fromPlans([plan]);
    // Every sub-item scored (a sheet with a blank is not counted), the first five commented.
    for (const sub of subItemsForItem(std, 2)) {
      const strength = comments.find(([code]) => code === sub.code)?.[1];
      await writeEntry(port, sheetName, sub.code, { score: sub.max / 2, strength });
    }
  });

  it("prints comments of 25, 120 and 230 characters whole; a longer one is flagged on the page", async () => {
    const [written] = port.plans();
    const rowOf = (code: string) => {
      const name = written.names.find((n) => n.name === entryName("strength", code))!;
      return Number(/\d+$/.exec(name.address)![0]);
    };
    // The file as written: the rows follow their text (no custom height), the tallest capped.
    expect(written.rowHeights[rowOf(s61.code)]).toBe(MAX_ROW_HEIGHT);
    expect(written.rowHeights[rowOf(s23.code)]).toBeLessThanOrEqual(MAX_ROW_HEIGHT);

    const dir = tempDir("comment-rows");
    const { path: pdf } = await convertWithEngine(await port.bytes(), "评分表.xlsx", "pdf", dir);
    execFileSync("pdftoppm", ["-png", "-r", "60", pdf, path.join(dir, "page")]);
    const lines = pdfLines(pdf);
    expectPrintedWhole(lines, comments, [0, 1, 2]);
    // Beyond what a row shows: its 提示 (printed in the same row) says the comment is too long.
    const hint = lines.filter((l) => /评语过长/.test(l.text));
    expect(hint.length).toBeGreaterThanOrEqual(1);
  }, 120000);

  it("prints every comment whole on the summary's 评语 sheet, the longer one too", async () => {
    const result = await consolidate([
      { file: "王芳.xlsx", result: await openScoringWorkbook(await port.bytes()) },
    ]);
    const sheet = consolidationWorkbook(std, result, { comments: "print" }).find(
      (p) => p.sheetName === t("summary.commentSheet")
    )!;
    const dir = tempDir("comment-sheet");
    const { path: pdf } = await convertWithEngine(
      await writeWorkbook([sheet]),
      "汇总.xlsx",
      "pdf",
      dir
    );
    execFileSync("pdftoppm", ["-png", "-r", "60", pdf, path.join(dir, "page")]);
    expectPrintedWhole(pdfLines(pdf), comments, [0, 1, 2, 3]);
  }, 120000);
});
