/**
 * mhscore roster and mhscore distribute: a roster written by an independent writer (exceljs) with
 * 8 applications over 3 items, 7 judges, 3 回避 pairs and an explicit 分配 grid gives one workbook
 * per judge — 封面, a scoring sheet per assigned application carrying its ids, the 评分指引 — and
 * nothing is written over existing files or while the roster is wrong. LibreOffice recalculates a
 * judge's workbook: the 封面's live formulas follow the sheets.
 */
import { describe, expect, it } from "@jest/globals";
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { mhscore } from "../support/cli";
import type { CellValue } from "../../src/sheet-kit";
import { defaultStandard as std, subItemsForItem } from "../../src/standard";
import { entryName, GUIDE_NAME } from "../../src/workbook-format";
import { readRosterTables, readScoringSheets, XlsxPackage } from "../../src/xlsx";
import { readRoster } from "../../src/round";
import { t } from "../../src/strings";
import { convertWithEngine, describeWithEngine, tempDir } from "../support/engine";
import { ROSTER, type Rows } from "../support/round-fixture";
import { setCells } from "../support/xlsx-cells";

async function writeRoster(file: string, sheets: Record<string, Rows>): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    rows.forEach((r) => ws.addRow(r));
  }
  fs.writeFileSync(file, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
}

describe("mhscore roster and distribute", () => {
  it("writes an empty roster that reads back as its own format, and says what is still missing", async () => {
    const dir = tempDir("roster");
    const file = path.join(dir, "名册.xlsx");
    expect((await mhscore("roster", "-o", file)).code).toBe(0);
    const pkg = await XlsxPackage.open(fs.readFileSync(file));
    expect(pkg.sheets.map((s) => s.name)).toEqual(["说明", "轮次", "申报", "评委", "回避", "分配"]);
    // Typing guards: unique ids on 申报 and 评委, the item list on 申报单项.
    const guards = (await pkg.readSheet(2)).validations.map((v) => [v.sqref, v.type, v.formula1]);
    expect(guards).toEqual(
      expect.arrayContaining([
        ["A2:A200", "custom", "COUNTIF($A$2:$A$200,A2)=1"],
        ["C2:C200", "list", '"1. 标准创新,2. 研发创新,3. 服务创新,4. 管理创新,5. 商标品牌创新"'],
      ])
    );
    expect((await pkg.readSheet(3)).validations.map((v) => v.type)).toEqual(["custom"]);
    const read = readRoster(std, await readRosterTables(fs.readFileSync(file)));
    expect(read.ok ? [] : read.problems.map((p) => `${p.sheet}!${p.cell}`)).toEqual([
      "轮次!B2",
      "申报!A2",
      "评委!A2",
    ]);
    const r = await mhscore("distribute", file, "-o", path.join(dir, "out"));
    expect(r.code).toBe(1);
    expect(r.err.split("\n")[0]).toBe("名册有 3 处问题，没有生成任何文件：");
    expect(fs.existsSync(path.join(dir, "out"))).toBe(false);
  });

  it("gives each judge a workbook with exactly their applications, their ids and the guide", async () => {
    const dir = tempDir("distribute");
    const roster = path.join(dir, "名册.xlsx");
    await writeRoster(roster, ROSTER);
    const out = path.join(dir, "评委工作簿");
    const r = await mhscore("distribute", roster, "-o", out);
    expect(r.code).toBe(0);
    expect(r.out.split("\n")[0]).toBe(`已为 7 位评委生成工作簿（共 24 张评分表），在 ${out}：`);
    expect(fs.readdirSync(out).sort()).toEqual(
      [1, 2, 3, 4, 5, 6, 7].map((k) => `J${k}-评委${k}.xlsx`)
    );

    const j1 = fs.readFileSync(path.join(out, "J1-评委1.xlsx"));
    const pkg = await XlsxPackage.open(j1);
    expect(pkg.sheets.map((s) => s.name)).toEqual([
      "封面",
      "上海乙制造有限公司",
      "上海丙服务有限公司",
      "上海戊管理咨询有限公司",
      "上海辛服务有限公司",
      "评分指引",
    ]);
    const sheets = await readScoringSheets(j1);
    expect(sheets.map((s) => [s.identity, s.item, s.judge])).toEqual(
      [
        ["A02", 2],
        ["A03", 3],
        ["A05", 4],
        ["A08", 3],
      ].map(([id, item]) => [
        { round: "2027 年闵行区质量创新单项奖 材料评审", applicationId: id, judgeId: "J1" },
        item,
        "评委1",
      ])
    );
    expect(sheets.every((s) => s.date === 46461)).toBe(true); // 2027-03-15
    // The guide covers the judge's items in the order they come: 2, 3, 4.
    const guide = pkg.names.find((n) => n.name === GUIDE_NAME)!;
    expect(guide.localSheetId).toBe(5);
    const guideCells = (await pkg.readSheet(5)).cells;
    expect(guideCells.get("D1")?.value).toBe("2,3,4");
  });

  it("never overwrites a judge's workbook without --force, and says which ones exist", async () => {
    const dir = tempDir("distribute-again");
    const roster = path.join(dir, "名册.xlsx");
    await writeRoster(roster, ROSTER);
    const out = path.join(dir, "out");
    expect((await mhscore("distribute", roster, "-o", out)).code).toBe(0);
    const before = fs.statSync(path.join(out, "J3-评委3.xlsx")).mtimeMs;
    const again = await mhscore("distribute", roster, "-o", out);
    expect(again.code).toBe(1);
    expect(again.err.split("\n")).toEqual([
      "输出文件夹中已有 7 个同名工作簿（评委可能已经开始评分），没有生成任何文件。若要覆盖，请加 --force：",
      ...[1, 2, 3, 4, 5, 6, 7].map((k) => `  ${path.join(out, `J${k}-评委${k}.xlsx`)}`),
    ]);
    expect(fs.statSync(path.join(out, "J3-评委3.xlsx")).mtimeMs).toBe(before);
    expect((await mhscore("distribute", roster, "-o", out, "--force")).code).toBe(0);
  });

  it("with --per-application assigns by itself and writes the assignment beside the judges' folder, never in it", async () => {
    const dir = tempDir("distribute-per");
    const roster = path.join(dir, "名册.xlsx");
    const withoutGrid = Object.fromEntries(
      Object.entries(ROSTER).filter(([name]) => name !== "分配")
    );
    await writeRoster(roster, withoutGrid);
    const out = path.join(dir, "out");
    const r = await mhscore("distribute", roster, "-o", out, "--per-application", "3");
    expect(r.code).toBe(0);
    // The folder is what goes to the judges: only their workbooks, never the 回避 reasons.
    expect(fs.readdirSync(out).sort()).toEqual(
      [1, 2, 3, 4, 5, 6, 7].map((k) => `J${k}-评委${k}.xlsx`)
    );
    const copy = path.join(dir, "out-名册（分配）.xlsx");
    expect(r.out).toContain(`--roster "${copy}"`);
    const read = readRoster(std, await readRosterTables(fs.readFileSync(copy)));
    if (!read.ok) throw new Error(JSON.stringify(read.problems));
    expect(read.round.grid).toHaveLength(24);
    for (const c of read.round.conflicts)
      expect(
        read.round.grid!.some((g) => g.applicationId === c.applicationId && g.judgeId === c.judgeId)
      ).toBe(false);
    expect(fs.readFileSync(roster).length).toBeGreaterThan(0); // the input is untouched

    const again = await mhscore("distribute", roster, "-o", out, "--per-application", "3");
    expect(again.code).toBe(1); // the workbooks and the assignment roster exist: --force to replace
    expect(again.err).toContain(copy);
    const inside = path.join(out, "分配.xlsx");
    const refused = await mhscore(
      ...["distribute", roster, "-o", path.join(dir, "out2"), "--per-application", "3"],
      ...["--roster-out", path.join(dir, "out2", "分配.xlsx")]
    );
    expect(refused.code).toBe(2);
    expect(refused.err.split("\n")[0]).toBe(
      t("cli.distribute.rosterInside", { path: path.join(dir, "out2", "分配.xlsx") })
    );
    expect(fs.existsSync(path.join(dir, "out2"))).toBe(false);
    const chosen = path.join(dir, "秘书处", "本轮分配.xlsx");
    fs.mkdirSync(path.dirname(chosen));
    const elsewhere = await mhscore(
      ...["distribute", roster, "-o", path.join(dir, "out3"), "--per-application", "3"],
      ...["--roster-out", chosen]
    );
    expect(elsewhere.code).toBe(0);
    expect(fs.existsSync(chosen)).toBe(true);
    expect(fs.existsSync(inside)).toBe(false);
  });
});

describeWithEngine("a distributed workbook, recalculated by LibreOffice", () => {
  it("shows on its 封面 each application's scored count, total and 结论, and how many are done", async () => {
    const dir = tempDir("distribute-engine");
    const roster = path.join(dir, "名册.xlsx");
    await writeRoster(roster, ROSTER);
    const out = path.join(dir, "out");
    expect((await mhscore("distribute", roster, "-o", out)).code).toBe(0);
    const bytes = new Uint8Array(fs.readFileSync(path.join(out, "J1-评委1.xlsx")));
    const [first, second] = await readScoringSheets(bytes);
    const scoreAll = (sheet: typeof first, percent: number) =>
      Object.fromEntries(
        subItemsForItem(std, Number(sheet.item)).map((s) => [
          sheet.names[entryName("score", s.code)],
          ((s.max * percent) / 100) as CellValue,
        ])
      );
    const filled = await setCells(bytes, {
      [first.sheetName]: scoreAll(first, 70),
      [second.sheetName]: { [second.names[entryName("score", "3.1")]]: 40 },
    });
    const recalculated = await convertWithEngine(filled, "j1.xlsx", "xlsx", dir);
    const cover = (await (await XlsxPackage.open(recalculated.bytes)).readSheet(0)).cells;
    const row = (r: number) => ["E", "F", "G"].map((c) => cover.get(`${c}${r}`)?.value);
    expect(row(6)).toEqual(["6/6", 350, "通过"]);
    expect(row(7)).toEqual(["1/7", 40, "未完成"]);
    expect(row(8)).toEqual(["0/6", 0, "未完成"]);
    expect(cover.get("E11")?.value).toBe("1/4");
  }, 120000);
});
