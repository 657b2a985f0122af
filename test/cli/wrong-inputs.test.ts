/**
 * Wrong inputs do not pass silently: consolidating the blank folder that was sent out is refused
 * with what to do, and the original roster given where the distribution's 名册（分配） was meant
 * (29 未收到 instead of 8) is said, naming the assignment roster beside the folder.
 */
import { beforeAll, describe, expect, it } from "@jest/globals";
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { t } from "../../src/strings";
import { mhscore } from "../support/cli";
import { tempDir } from "../support/engine";
import { fillJudgeWorkbook, withoutGrid } from "../support/round-fixture";

let dir: string;
let original: string;
let sent: string;
let returned: string;
const assignment = () => path.join(dir, "发出-名册（分配）.xlsx");

beforeAll(async () => {
  dir = tempDir("wrong-inputs");
  original = path.join(dir, "名册.xlsx");
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(withoutGrid())) wb.addWorksheet(name).addRows(rows);
  fs.writeFileSync(original, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  sent = path.join(dir, "发出");
  const d = await mhscore("distribute", original, "-o", sent, "--per-application", "3");
  expect(d.code).toBe(0);
  returned = path.join(dir, "交回");
  fs.mkdirSync(returned);
  for (const judge of ["J1", "J2", "J4", "J5"]) {
    const file = fs.readdirSync(sent).find((f) => f.startsWith(`${judge}-`))!;
    const bytes = new Uint8Array(fs.readFileSync(path.join(sent, file)));
    fs.writeFileSync(path.join(returned, file), await fillJudgeWorkbook(bytes, judge));
  }
});

describe("the folder sent out, consolidated", () => {
  it("is refused: no sheet has a score; nothing is written", async () => {
    const out = path.join(dir, "汇总.xlsx");
    const r = await mhscore("consolidate", "--roster", assignment(), sent, "-o", out);
    expect(r.code).toBe(1);
    expect(r.err).toBe(t("cli.consolidate.allBlank", { files: 7, sheets: 24 }));
    expect(fs.existsSync(out)).toBe(false);
  });
});

describe("the original roster instead of 名册（分配）", () => {
  it("says the returned workbooks imply an assignment, and names the one beside the folder", async () => {
    const r = await mhscore(
      "consolidate",
      "--roster",
      original,
      returned,
      "-o",
      path.join(dir, "a.xlsx")
    );
    expect(r.code).toBe(0);
    const lines = r.err.split("\n");
    expect(lines.some((l) => l.startsWith("注意：名册没有“分配”表"))).toBe(true);
    expect(lines).toContain(t("cli.summary.rosterMeant", { path: assignment() }));
  });

  it("with 名册（分配） nothing is doubted", async () => {
    const r = await mhscore(
      "consolidate",
      "--roster",
      assignment(),
      returned,
      "-o",
      path.join(dir, "b.xlsx")
    );
    expect(r.code).toBe(0);
    expect(r.err).not.toContain("注意：名册没有“分配”表");
  });
});

describe("the terminal names what is not in the summary", () => {
  it("which judge returned nothing, and which sheets were left out", async () => {
    const folder = path.join(dir, "交回-含空白");
    fs.mkdirSync(folder);
    for (const f of fs.readdirSync(returned))
      fs.copyFileSync(path.join(returned, f), path.join(folder, f));
    const j3 = fs.readdirSync(sent).find((f) => f.startsWith("J3-"))!;
    fs.copyFileSync(path.join(sent, j3), path.join(folder, j3)); // J3 sent it back unscored
    const r = await mhscore(
      "consolidate",
      "--roster",
      assignment(),
      folder,
      "-o",
      path.join(dir, "c.xlsx")
    );
    expect(r.code).toBe(0);
    const excluded = r.out.split("\n").find((l) => l.startsWith("未计入汇总的评分表"));
    expect(excluded).toMatch(new RegExp(`^未计入汇总的评分表 \\d+ 张：.*${j3}`));
    expect(r.out).toMatch(/J6|J7/); // judges who never returned a file are named
  });
});
