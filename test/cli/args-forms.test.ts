/** Options as people write them: "-o=汇总.xlsx" is "-o 汇总.xlsx", never a file named "=汇总.xlsx". */
import { describe, expect, it } from "@jest/globals";
import * as fs from "fs";
import * as path from "path";
import { parseArgs, type OptionSpec } from "../../src/cli/args";
import { mhscore } from "../support/cli";
import { tempDir } from "../support/engine";

const SPECS: OptionSpec[] = [
  { name: "--out", alias: "-o", value: true, help: "cli.opt.consolidate.output" },
  { name: "--json", value: false, help: "cli.opt.consolidate.json" },
];

describe("option forms", () => {
  it("-o=value, -o value and --out=value mean the same", () => {
    for (const argv of [
      ["-o=汇总 2027.xlsx"],
      ["-o", "汇总 2027.xlsx"],
      ["--out=汇总 2027.xlsx"],
    ]) {
      const parsed = parseArgs(argv, SPECS);
      expect(parsed.ok && parsed.values.get("--out")).toEqual(["汇总 2027.xlsx"]);
    }
  });

  it("mhscore roster -o=名册.xlsx writes 名册.xlsx", async () => {
    const dir = tempDir("args-forms");
    const target = path.join(dir, "名册.xlsx");
    const r = await mhscore("roster", `-o=${target}`);
    expect(r.code).toBe(0);
    expect(fs.existsSync(target)).toBe(true);
    expect(fs.readdirSync(dir)).toEqual(["名册.xlsx"]);
  });
});
