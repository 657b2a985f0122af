import { describe, expect, it } from "@jest/globals";
import { parseArgs } from "../../src/cli/args";
import { COMMANDS, run } from "../../src/cli/main";
import { t } from "../../src/strings";

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

describe("help lists every option of every command", () => {
  it.each(Object.entries(COMMANDS))("mhscore help %s", async (name, command) => {
    const c = capture();
    expect(await run(["help", name], c.io)).toBe(0);
    const usage = c.out.join("\n");
    const missing = command.options
      .flatMap((o) => [o.name, ...(o.alias ? [o.alias] : [])])
      .filter((flag) => !new RegExp(`(^|[\\s\\[,|])${flag}(?![\\w-])`, "m").test(usage));
    expect(missing).toEqual([]);
  });
});

describe("a mistyped command gets the one meant", () => {
  it.each([
    ["consolidat", "consolidate"],
    ["templte", "template"],
    ["Report", "report"],
    ["distrib", "distribute"],
  ])("%s → %s", async (typed, meant) => {
    const c = capture();
    expect(await run([typed], c.io)).toBe(2);
    expect(c.err.slice(0, 2)).toEqual([`未知命令“${typed}”。`, `您是不是要用 mhscore ${meant}？`]);
  });
  it("and nothing is suggested for a word far from every command", async () => {
    const c = capture();
    await run(["frobnicate"], c.io);
    expect(c.err[1]).not.toContain("您是不是要用");
  });
});

describe("help is built from the option table the parser uses", () => {
  it.each(Object.entries(COMMANDS))(
    "mhscore help %s: each option's own line, with its text",
    async (name, command) => {
      const c = capture();
      await run(["help", name], c.io);
      const lines = c.out.join("\n").split("\n");
      for (const o of command.options) {
        const label = o.alias ? `${o.alias}, ${o.name}` : o.name;
        const line = lines.find((l) => l.startsWith(`  ${label} `));
        expect(line).toBeDefined();
        // Its description as the table names it (up to the first placeholder).
        const text = t(o.help).split("\n")[0].split("{")[0];
        expect(line).toContain(text);
      }
      // Every option the parser takes is accepted as the help spells it.
      for (const o of command.options.filter((o) => o.name !== "--help")) {
        const parsed = parseArgs(o.value ? [o.name, "x"] : [o.name], command.options, true);
        expect(parsed.ok).toBe(true);
      }
    }
  );
});
