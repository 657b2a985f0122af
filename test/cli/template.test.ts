import { describe, expect, it } from "@jest/globals";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { run } from "../../src/cli/main";
import { readScoringSheets } from "../../src/xlsx";

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s) }, out, err };
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "mh-cli-"));
const file = (name: string) => path.join(dir, name);

async function template(args: string[]) {
  const c = capture();
  const code = await run(["template", ...args], c.io);
  return { code, out: c.out.join("\n"), err: c.err.join("\n") };
}

describe("mhscore template", () => {
  it("writes one scoring sheet per applicant with the given metadata", async () => {
    const out = file("a.xlsx");
    const r = await template([
      "-o",
      out,
      "--item",
      "2",
      "--applicant",
      "甲公司",
      "--applicant",
      "乙公司",
      "--judge",
      "张三",
      "--date",
      "2026-11-24",
    ]);
    expect(r.code).toBe(0);
    expect(r.out).toContain("2 张评分表");
    const sheets = await readScoringSheets(fs.readFileSync(out));
    expect(sheets.map((s) => [s.sheetName, s.applicant, s.item, s.judge, s.date])).toEqual([
      ["甲公司", "甲公司", 2, "张三", 46350],
      ["乙公司", "乙公司", 2, "张三", 46350],
    ]);
  });

  it("makes valid, unique sheet names from awkward applicant names", async () => {
    const out = file("names.xlsx");
    const long = "上海市闵行区某某某某某某某某某某某某某某科技发展股份有限公司";
    const r = await template([
      "-o",
      out,
      "--item",
      "1",
      "--applicant",
      long,
      "--applicant",
      long + "二",
      "--applicant",
      "A/B",
      "--judge",
      "张三",
    ]);
    expect(r.code).toBe(0);
    const sheets = await readScoringSheets(fs.readFileSync(out));
    const names = sheets.map((s) => s.sheetName);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(3);
    for (const n of names) {
      expect(Array.from(n).length).toBeLessThanOrEqual(31);
      expect(n).not.toMatch(/[[\]:*?/\\]/);
    }
    expect(sheets.map((s) => s.applicant)).toEqual([long, long + "二", "A/B"]);
  });

  it.each([
    [["--item", "2", "--applicant", "甲", "--judge", "张三"], "缺少必需的选项“--output”。"],
    [
      ["-o", "x.xlsx", "--item", "6", "--applicant", "甲", "--judge", "张三"],
      "申报单项“6”无效：应为 1、2、3、4、5 之一（写编号、名称或“编号. 名称”均可）。",
    ],
    [
      ["-o", "x.xlsx", "--item", "二", "--applicant", "甲", "--judge", "张三"],
      "申报单项“二”无效：应为 1、2、3、4、5 之一（写编号、名称或“编号. 名称”均可）。",
    ],
    [
      [
        "-o",
        "x.xlsx",
        "--item",
        "2",
        "--applicant",
        "甲",
        "--judge",
        "张三",
        "--date",
        "2026-02-30",
      ],
      "评审日期“2026-02-30”无效",
    ],
    [
      ["-o", "x.xlsx", "--item", "2", "--applicant", "甲", "--applicant", "甲", "--judge", "张三"],
      "申报组织“甲”重复给出。",
    ],
    [["-o", "x.xlsx", "--item", "2", "--applicant", " ", "--judge", "张三"], "申报组织不能为空。"],
    [
      ["-o", "x.xlsx", "--item", "2", "--applicant", "甲", "--judge", "张三", "--pass", "60"],
      "通过线比例“60”无效",
    ],
    [["-o", "x.csv", "--item", "2", "--applicant", "甲", "--judge", "张三"], "扩展名应为 .xlsx"],
    [
      ["-o", "x.xlsx", "--item", "2", "--applicant", "甲", "--judge", "张三", "--colour", "red"],
      "未知选项“--colour”。",
    ],
    [["-o", "x.xlsx", "--item", "2", "--applicant", "甲", "--judge"], "选项“--judge”需要一个值。"],
    [
      ["-o", "x.xlsx", "-o", "y.xlsx", "--item", "2", "--applicant", "甲", "--judge", "张三"],
      "选项“--output”只能给一次。",
    ],
  ])("refuses %j with a zh-CN message, usage and exit code 2", async (args, message) => {
    const r = await template(args as string[]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    expect(r.err).toContain("用法：mhscore template");
    expect(r.err).not.toMatch(/at .*\.ts:\d+/);
  });

  it("does not overwrite an existing file unless told to", async () => {
    const out = file("exists.xlsx");
    fs.writeFileSync(out, "keep me");
    const r = await template(["-o", out, "--item", "2", "--applicant", "甲", "--judge", "张三"]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("已存在");
    expect(fs.readFileSync(out, "utf8")).toBe("keep me");
    const forced = await template([
      "-o",
      out,
      "--item",
      "2",
      "--applicant",
      "甲",
      "--judge",
      "张三",
      "--force",
    ]);
    expect(forced.code).toBe(0);
    expect((await readScoringSheets(fs.readFileSync(out)))[0].applicant).toBe("甲");
  });

  it("reports a write failure without a stack trace", async () => {
    const r = await template([
      "-o",
      path.join(dir, "no-such-dir", "x.xlsx"),
      "--item",
      "2",
      "--applicant",
      "甲",
      "--judge",
      "张三",
    ]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^没有写入：“.*no-such-dir”不存在/);
  });
});
