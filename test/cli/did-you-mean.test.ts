/**
 * A mistyped word gets the one meant, by one rule (src/standard/nearest-word.ts): a command, an
 * option, an item, a folder or a roster beside the mistyped one. A path that does not exist stops
 * consolidate and report before anything is read or written, naming it.
 */
import { beforeAll, describe, expect, it } from "@jest/globals";
import * as fs from "fs";
import * as path from "path";
import { defaultStandard as std, itemHint, nearestWord } from "../../src/standard";
import { t } from "../../src/strings";
import { mhscore } from "../support/cli";
import { judgeFile } from "../support/consolidation-fixture";
import { tempDir } from "../support/engine";

describe("nearestWord", () => {
  const commands = ["template", "consolidate", "roster", "distribute", "report"];
  it.each([
    ["consolidat", commands, "consolidate"],
    ["Report", commands, "report"],
    ["distrib", commands, "distribute"],
    ["交会", ["交回", "名册.xlsx", "汇总.xlsx"], "交回"],
    ["研发", ["标准创新", "研发创新", "服务创新"], "研发创新"],
    ["ＲＯＳＴＥＲ", commands, "roster"],
  ])("%s → %s", (typed, candidates, meant) => expect(nearestWord(typed, candidates)).toBe(meant));
  it.each([
    ["frobnicate", commands],
    ["创新", ["标准创新", "研发创新", "服务创新"]], // contained in each: ambiguous
    ["report", commands], // already one of them
    ["x", ["y", "xz"]],
  ])("%s → nothing", (typed, candidates) => expect(nearestWord(typed, candidates)).toBeNull());
});

describe("items", () => {
  it.each([
    ["研发", "2 研发创新"],
    ["服务创心", "3 服务创新"],
    ["2. 研发创薪", "2 研发创新"],
  ])("%s → %s", (typed, meant) =>
    expect(itemHint(std, typed)).toBe(
      t("item.didYouMean", { number: meant.split(" ")[0], title: meant.split(" ")[1] })
    )
  );

  it("mhscore template --item 研发 says which item was meant", async () => {
    const dir = tempDir("near");
    const r = await mhscore(
      ...["template", "-o", path.join(dir, "x.xlsx"), "--item", "研发"],
      ...["--applicant", "上海甲科技有限公司", "--judge", "王建国"]
    );
    expect(r.code).toBe(2);
    expect(r.err.split("\n")[0]).toMatch(/^申报单项“研发”无效.*您是不是要写“2 研发创新”？$/);
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});

describe("options", () => {
  it("--consenus-out → --consensus-out; a word far from every option gets nothing", async () => {
    const a = await mhscore("consolidate", "交回", "--consenus-out", "共识.xlsx");
    expect(a.code).toBe(2);
    expect(a.err.split("\n")[0]).toBe("未知选项“--consenus-out”。您是不是要用 --consensus-out？");
    const b = await mhscore("consolidate", "交回", "--colour");
    expect(b.err.split("\n")[0]).toBe("未知选项“--colour”。");
  });
});

describe("a path that does not exist", () => {
  let dir: string;
  let returned: string;
  const scores = Object.fromEntries(["2.1", "2.2", "2.3", "6.1", "6.2", "6.3"].map((c) => [c, 36]));

  beforeAll(async () => {
    dir = tempDir("missing-path");
    returned = path.join(dir, "交回");
    fs.mkdirSync(returned);
    await judgeFile(returned, "J1-王建国.xlsx", "王建国", 2, [
      { applicant: "上海甲科技有限公司", scores },
    ]);
  });

  it("consolidate 交会/ names it, offers 交回/, exits 1 and writes nothing", async () => {
    const typo = path.join(dir, "交会") + path.sep;
    const out = path.join(dir, "汇总.xlsx");
    const r = await mhscore("consolidate", typo, "-o", out);
    expect(r.code).toBe(1);
    expect(r.err.split("\n")).toEqual([
      t("cli.consolidate.pathMissing", { path: typo }),
      t("cli.consolidate.pathNear", { path: returned + path.sep }),
    ]);
    expect(fs.existsSync(out)).toBe(false);
  });

  it("beside a folder that exists, the run still stops: a summary without it would look complete", async () => {
    const typo = path.join(dir, "补交");
    const out = path.join(dir, "汇总.xlsx");
    const r = await mhscore("consolidate", returned, typo, "-o", out);
    expect(r.code).toBe(1);
    expect(r.err).toBe(t("cli.consolidate.pathMissing", { path: typo }));
    expect(fs.existsSync(out)).toBe(false);
  });

  it("report and a mistyped roster say the same", async () => {
    const typo = path.join(dir, "交会");
    const r = await mhscore("report", typo, "-o", path.join(dir, "报告"));
    expect(r.code).toBe(1);
    expect(r.err).toContain(t("cli.consolidate.pathNear", { path: returned }));
    expect(fs.existsSync(path.join(dir, "报告"))).toBe(false);
    fs.writeFileSync(path.join(dir, "名册（分配）.xlsx"), "");
    const roster = path.join(dir, "名册(分配).xlsx");
    const d = await mhscore("distribute", roster, "-o", path.join(dir, "发出"));
    expect(d.code).toBe(1);
    expect(d.err.split("\n")[1]).toBe(
      t("cli.consolidate.pathNear", { path: path.join(dir, "名册（分配）.xlsx") })
    );
  });
});
