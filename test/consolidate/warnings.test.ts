/**
 * `mhscore consolidate` reports each judge's scoring-quality warnings — in --json and in the
 * summary workbook's 评分提醒 sheet — without excluding the sheet; a sheet written before the
 * warnings existed (test/fixtures/format-1-before-warnings.xlsx: no 提示 column, no MH_WARNINGS,
 * no 评分指引) still reads, counts and gets its warnings.
 */
import { describe, expect, it } from "@jest/globals";
import * as fs from "fs";
import * as path from "path";
import { run } from "../../src/cli/main";
import type { CellValue } from "../../src/sheet-kit";
import {
  bandForPercent,
  bandLabel,
  defaultStandard as std,
  subItemsForItem,
} from "../../src/standard";
import { entryName } from "../../src/workbook-format";
import { readScoringSheets, XlsxPackage } from "../../src/xlsx";
import { judgeFile } from "../support/consolidation-fixture";
import { tempDir } from "../support/engine";
import { setCells } from "../support/xlsx-cells";

const APPLICANT = "上海甲科技有限公司";
const at60 = (item: number) =>
  Object.fromEntries(subItemsForItem(std, item).map((s) => [s.code, (s.max * 60) / 100]));

/** The file written before warnings existed, typed into: every score at 60 %, 3.1 with nothing beside it. */
async function oldFormatFile(dir: string): Promise<void> {
  const source = path.join(__dirname, "..", "fixtures", "format-1-before-warnings.xlsx");
  const bytes = new Uint8Array(fs.readFileSync(source));
  const [sheet] = await readScoringSheets(bytes);
  const edits: Record<string, CellValue> = {};
  for (const sub of subItemsForItem(std, 3)) {
    const score = (sub.max * 60) / 100;
    edits[sheet.names[entryName("score", sub.code)]] = score;
    if (sub.code === "3.1") continue;
    edits[sheet.names[entryName("maturity", sub.code)]] = bandLabel(std, bandForPercent(std, 60));
    edits[sheet.names[entryName("strength", sub.code)]] = "依据";
  }
  const filled = await setCells(bytes, { [sheet.sheetName]: edits });
  fs.writeFileSync(path.join(dir, "W3-旧格式.xlsx"), filled);
}

async function consolidateJson(dir: string, output: string) {
  let out = "";
  const code = await run(["consolidate", dir, "--json", "-o", output], {
    out: (s: string) => (out += s),
    err: () => undefined,
  });
  expect(code).toBe(0);
  return JSON.parse(out);
}

describe("consolidation and scoring-quality warnings", () => {
  it("lists each kind of warning per judge's sheet, exactly, and still counts the sheets", async () => {
    const dir = tempDir("warnings");
    const files = path.join(dir, "files");
    fs.mkdirSync(files);
    await judgeFile(files, "W1-研发创新.xlsx", "W1", 2, [
      {
        applicant: APPLICANT,
        scores: { ...at60(2), "2.2": 61 },
        inputs: {
          "2.1": { maturity: "30–45% 早期系统化" },
          "6.1": { maturity: null },
          "6.2": { strength: null },
        },
      },
    ]);
    await judgeFile(files, "W2-研发创新.xlsx", "W2", 2, [
      { applicant: APPLICANT, scores: at60(2) },
    ]);
    await oldFormatFile(files);

    const json = await consolidateJson(files, path.join(dir, "汇总.xlsx"));
    expect(json.problems).toEqual([]);
    const judges = json.applications.flatMap((a: any) =>
      a.judges.map((j: any) => [j.judge, j.warnings.map((w: any) => [w.subItem, w.code])])
    );
    expect(judges).toEqual([
      [
        "W1",
        [
          ["2.1", "band-mismatch"],
          ["2.2", "off-grid"],
          ["6.1", "no-band"],
          ["6.2", "no-comment"],
        ],
      ],
      ["W2", []],
      [
        "王评委",
        [
          ["3.1", "no-band"],
          ["3.1", "no-comment"],
        ],
      ],
    ]);
    const w1 = json.applications.find((a: any) => a.item === 2).judges[0];
    expect(w1.warnings[0].message).toBe(
      "2.1 技术研发先进性：得分 72 分（60%）属于“第4档 50–65% 协调一致”档，所选成熟度为“30–45% 早期系统化”，请核对"
    );
    expect(w1.warnings[1].message).toBe(
      "2.2 技术研发创新能力：61 分不是满分 100 分的 5% 的整数倍（每档 5 分）"
    );
    // Warnings exclude nothing: every sheet counted.
    expect(json.counts).toEqual({ files: 3, sheetsRead: 3, sheetsCounted: 3 });

    // The summary workbook lists the same six, one row each.
    const pkg = await XlsxPackage.open(fs.readFileSync(path.join(dir, "汇总.xlsx")));
    const index = pkg.sheets.findIndex((s) => s.name === "评分提醒");
    const cells = (await pkg.readSheet(index)).cells;
    const rows = [2, 3, 4, 5, 6, 7].map((r) => [
      cells.get(`C${r}`)?.value,
      cells.get(`F${r}`)?.value,
      cells.get(`G${r}`)?.value,
    ]);
    expect(rows).toEqual([
      ["W1", "2.1", "成熟度与得分不符"],
      ["W1", "2.2", "不在 5% 档位"],
      ["W1", "6.1", "未选成熟度"],
      ["W1", "6.2", "未写评语"],
      ["王评委", "3.1", "未选成熟度"],
      ["王评委", "3.1", "未写评语"],
    ]);
    expect(cells.get("A8")).toBeUndefined();
  });
});
