/**
 * An output never replaces an input of the same run, --force or not, and never lands inside a
 * folder being read; judges' workbooks never overwrite each other on a disk that ignores case.
 * Each refusal says why in zh-CN, and every input is left byte for byte as it was.
 */
import { beforeAll, describe, expect, it } from "@jest/globals";
import ExcelJS from "exceljs";
import * as fs from "fs";
import * as path from "path";
import { t } from "../../src/strings";
import { safeFileName } from "../../src/workflows";
import { mhscore } from "../support/cli";
import { judgeFile } from "../support/consolidation-fixture";
import { tempDir } from "../support/engine";
import { ROSTER, type Rows } from "../support/round-fixture";

async function writeRoster(file: string, sheets: Record<string, Rows>): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) wb.addWorksheet(name).addRows(rows);
  fs.writeFileSync(file, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
}

const scores = (p: number) =>
  Object.fromEntries(["2.1", "2.2", "2.3", "6.1", "6.2", "6.3"].map((c) => [c, p]));

let dir: string;
let judges: string;
let consensus: string;

beforeAll(async () => {
  dir = tempDir("output-guard");
  judges = path.join(dir, "交回");
  fs.mkdirSync(judges);
  await judgeFile(judges, "张三.xlsx", "张三", 2, [{ applicant: "申报甲", scores: scores(30) }]);
  await judgeFile(judges, "李四.xlsx", "李四", 2, [{ applicant: "申报甲", scores: scores(36) }]);
  consensus = path.join(dir, "共识-已填.xlsx");
  const made = await mhscore("consolidate", judges, "--consensus-out", consensus);
  expect(made.code).toBe(0);
});

/** Runs mhscore and checks that `inputs` are byte for byte what they were. */
async function refused(inputs: string[], ...argv: string[]) {
  const before = inputs.map((f) => fs.readFileSync(f));
  const r = await mhscore(...argv);
  inputs.forEach((f, i) => expect(fs.readFileSync(f).equals(before[i])).toBe(true));
  expect(r.code).toBe(2);
  return r.err;
}

describe("consolidate never writes over what it reads", () => {
  it("--consensus C --consensus-out C: the meeting's filled workbook is kept", async () => {
    const err = await refused(
      [consensus],
      ...["consolidate", judges, "--consensus", consensus, "--consensus-out", consensus, "--force"]
    );
    expect(err).toBe(t("cli.consolidate.outputIsInput", { path: consensus }));
  });

  it("-o over the roster is refused, --force or not", async () => {
    const roster = path.join(dir, "名册.xlsx");
    await writeRoster(roster, ROSTER);
    const err = await refused([roster], "consolidate", "--roster", roster, judges, "-o", roster);
    expect(err).toBe(t("cli.consolidate.outputIsInput", { path: roster }));
  });

  it("a summary inside the folder being read is refused (the next run would read it)", async () => {
    const inside = path.join(judges, "子文件夹", "汇总.xlsx");
    const err = await refused([], "consolidate", judges, "-o", inside, "--force");
    expect(err).toBe(t("cli.output.insideInput", { path: inside, folder: judges }));
    expect(fs.existsSync(path.dirname(inside))).toBe(false);
  });

  it("one path for two outputs is refused", async () => {
    const out = path.join(dir, "同一个.xlsx");
    const err = await refused([], "consolidate", judges, "-o", out, "--consensus-out", out);
    expect(err).toBe(t("cli.output.twice", { a: out, b: out }));
    expect(fs.existsSync(out)).toBe(false);
  });
});

describe("distribute never writes over its roster, nor one judge's workbook over another's", () => {
  it("a roster that sits in the output folder under a judge's file name is kept", async () => {
    const out = path.join(dir, "分发");
    fs.mkdirSync(out);
    const roster = path.join(out, "J1-评委1.xlsx");
    await writeRoster(roster, ROSTER);
    const err = await refused([roster], "distribute", roster, "-o", out, "--force");
    expect(err).toBe(t("cli.consolidate.outputIsInput", { path: roster }));
  });

  it("J1 and j1 (or Ｊ1) would be one file on Windows and macOS: refused before anything is written", async () => {
    // Two judges named alike (names may repeat; ids are unique), ids differing in width and case.
    const judgesRows = ROSTER["评委"].map((r) => (r[0] === "J2" ? ["ｊ1", "评委1", r[2]] : r));
    const grid = ROSTER["分配"].map((r, i) =>
      i === 0 ? r.map((c) => (c === "J2" ? "ｊ1" : c)) : r
    );
    const roster = path.join(dir, "名册-撞名.xlsx");
    await writeRoster(roster, { ...ROSTER, 评委: judgesRows, 分配: grid });
    const out = path.join(dir, "撞名");
    const r = await mhscore("distribute", roster, "-o", out);
    expect(r.code).toBe(1);
    // The roster's own check sees it first: two ids a reader cannot tell apart.
    expect(r.err).toContain(
      t("roster.lookalikeId", { what: t("roster.what.judge"), id: "ｊ1", first: "J1", other: "A2" })
    );
    expect(r.err).toContain("评委!A3");
    expect(fs.existsSync(out)).toBe(false);
  });

  it("ids and names that join into one file name (J1 + 甲-乙, J1-甲 + 乙): refused before anything is written", async () => {
    const judgesRows = ROSTER["评委"].map((r) =>
      r[0] === "J1" ? ["J1", "甲-乙", r[2]] : r[0] === "J2" ? ["J1-甲", "乙", r[2]] : r
    );
    const grid = ROSTER["分配"].map((r, i) =>
      i === 0 ? r.map((c) => (c === "J2" ? "J1-甲" : c)) : r
    );
    const roster = path.join(dir, "名册-连字符.xlsx");
    await writeRoster(roster, { ...ROSTER, 评委: judgesRows, 分配: grid });
    const out = path.join(dir, "连字符");
    const r = await mhscore("distribute", roster, "-o", out);
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      t("distribute.fileCollision", { a: "J1 甲-乙", b: "J1-甲 乙", file: "J1-甲-乙.xlsx" })
    );
    expect(fs.existsSync(out)).toBe(false);
  });

  it("invisible characters never reach a file name", () => {
    expect(safeFileName("J1\u200b-\u202e张三.xlsx")).toBe("J1-张三.xlsx");
    // Every format character: marks, embeddings, isolates, the Arabic letter mark, soft hyphen,
    // word joiner, BOM, a tag; and every control character, C1 included.
    const invisible =
      "\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u2066\u2067\u2068\u2069\u061c\u00ad\u2060\ufeff\u{e0041}";
    expect(safeFileName(`J1-张${invisible}三.xlsx`)).toBe("J1-张三.xlsx");
    expect(safeFileName("J1-张\u0085三\u009f\u0007.xlsx")).toBe("J1-张_三__.xlsx");
    expect(safeFileName("J1-张\u2028三.xlsx")).toBe("J1-张 三.xlsx");
    expect(safeFileName("a/b:c")).toBe("a_b_c");
    expect(safeFileName("  ")).toBe("_");
  });

  it("a judge's name with a bidi override or zero-width characters gives a file name without them, and the id", async () => {
    // "评委1\u202Exslx.exe" would show as "评委1exe.xlsx"-like in a file manager: a spoof.
    const spoof = "评委1\u202Exslx.exe";
    const hidden = "评\u200b委\u200d2\u2066";
    const judgesRows = ROSTER["评委"].map((r) =>
      r[0] === "J1" ? ["J1", spoof, r[2]] : r[0] === "J2" ? ["J2", hidden, r[2]] : r
    );
    const roster = path.join(dir, "名册-不可见字符.xlsx");
    await writeRoster(roster, { ...ROSTER, 评委: judgesRows });
    const out = path.join(dir, "不可见字符");
    const r = await mhscore("distribute", roster, "-o", out);
    expect(r.code).toBe(0);
    const written = fs.readdirSync(out).sort();
    expect(written).toEqual(expect.arrayContaining(["J1-评委1xslx.exe.xlsx", "J2-评委2.xlsx"]));
    expect(written.filter((n) => /\p{Cf}|\p{Cc}/u.test(n))).toEqual([]);
    expect(written.every((n) => /^J\d-/.test(n) || n === "名册（分配）.xlsx")).toBe(true);
  });
});
