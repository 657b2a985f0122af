import { describe, expect, it } from "@jest/globals";
import { run } from "../../src/cli/main";

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s) }, out, err };
}

describe("mhscore", () => {
  it("prints zh-CN usage and exits 2 without a command, 0 with --help", async () => {
    const a = capture();
    expect(await run([], a.io)).toBe(2);
    expect(a.out.join("\n")).toMatch(/^用法：mhscore <命令>/);
    const b = capture();
    expect(await run(["--help"], b.io)).toBe(0);
    expect(b.out.join("\n")).toContain("consolidate");
  });

  it("names an unknown command and exits 2", async () => {
    const c = capture();
    expect(await run(["frobnicate"], c.io)).toBe(2);
    expect(c.err[0]).toBe("未知命令“frobnicate”。");
  });
});
