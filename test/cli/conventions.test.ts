/**
 * mhscore by the conventions of Node CLIs: --version, help <command> with the exit codes, items
 * by number or name, system errors in zh-CN naming the path (never a stack trace), and progress
 * on stderr only on a terminal — never in a pipe, never with --json.
 */
import { describe, expect, it } from "@jest/globals";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { run } from "../../src/cli/main";
import { systemErrorMessage } from "../../src/cli/system-error";
import { readScoringSheets } from "../../src/xlsx";
import { ensureCliBuilt } from "../support/browser";
import { judgeFile } from "../support/consolidation-fixture";
import { tempDir } from "../support/engine";

const root = path.join(__dirname, "..", "..");
const bin = path.join(root, "bin", "mhscore.js");

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s) }, out, err };
}

async function mhscore(...argv: string[]) {
  const c = capture();
  const code = await run(argv, c.io);
  return { code, out: c.out.join("\n"), err: c.err.join("\n") };
}

const template = (output: string, item: string, more: string[] = []) =>
  mhscore(
    "template",
    "-o",
    output,
    "--item",
    item,
    "--applicant",
    "甲公司",
    "--judge",
    "张三",
    ...more
  );

describe("mhscore conventions", () => {
  it("--version and -v print the package's version", async () => {
    const { version } = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
    for (const flag of ["--version", "-v"]) {
      const r = await mhscore(flag);
      expect([r.code, r.out]).toEqual([0, `mhscore ${version}`]);
    }
  });

  it("help lists the commands and the exit codes; help <command> gives its options", async () => {
    const all = await mhscore("help");
    expect(all.code).toBe(0);
    expect(all.out).toMatch(/退出码：\n {2}0 .*\n {2}1 .*\n {2}2 /);
    const one = await mhscore("help", "consolidate");
    expect([one.code, one.out.split("\n")[0]]).toEqual([
      0,
      expect.stringMatching(/^用法：mhscore consolidate/),
    ]);
    expect((await mhscore("help", "template")).out).toContain("编号或名称");
    const unknown = await mhscore("help", "frobnicate");
    expect([unknown.code, unknown.err.split("\n")[0]]).toEqual([2, "未知命令“frobnicate”。"]);
  });

  it("takes the item by number, by name, or both, and refuses a number and a name that disagree", async () => {
    const dir = tempDir("items");
    for (const [i, item] of [
      "2",
      "研发创新",
      "2. 研发创新",
      "２、研发创新",
      " 2.研发创新 ",
    ].entries()) {
      const file = path.join(dir, `${i}.xlsx`);
      expect((await template(file, item)).code).toBe(0);
      expect((await readScoringSheets(fs.readFileSync(file)))[0].item).toBe(2);
    }
    const bad = await template(path.join(dir, "bad.xlsx"), "1. 研发创新");
    expect(bad.code).toBe(2);
    expect(bad.err.split("\n")[0]).toBe(
      "申报单项“1. 研发创新”无效：应为 1、2、3、4、5 之一（写编号、名称或“编号. 名称”均可）。"
    );
  });

  it("reports what the system refused in zh-CN, naming the path, without a stack trace", async () => {
    const dir = tempDir("syserr");
    const missing = path.join(dir, "没有这个文件夹");
    const r1 = await template(path.join(missing, "a.xlsx"), "2");
    expect([r1.code, r1.err]).toEqual([
      1,
      `没有写入：“${missing}”不存在，或它所在的文件夹不存在。`,
    ]);
    const folder = path.join(dir, "是文件夹.xlsx");
    fs.mkdirSync(folder);
    const r2 = await template(folder, "2", ["--force"]);
    expect([r2.code, r2.err]).toEqual([1, `没有写入：“${folder}”是一个文件夹，这里需要的是文件。`]);
    // A device as the output is never replaced (as root, a rename would replace /dev/null itself).
    const device = path.join(dir, "设备.xlsx");
    fs.symlinkSync("/dev/null", device);
    const r3 = await template(device, "2", ["--force"]);
    expect([r3.code, r3.err]).toEqual([
      1,
      `没有写入：“${device}”不是普通文件（例如设备或管道），不能写入。`,
    ]);
    expect(fs.statSync("/dev/null").isCharacterDevice()).toBe(true);
    const long = path.join(dir, `${"长".repeat(120)}.xlsx`);
    const r4 = await template(long, "2");
    expect([r4.code, r4.err]).toEqual([
      1,
      `没有写入：路径“${long}”太长。请换一个较短的路径或文件名。`,
    ]);
    for (const r of [r1, r2, r3, r4]) expect(r.err).not.toMatch(/\n\s+at |Error:|ENOENT|EISDIR/);
  });

  it("words each class of system error in zh-CN, the unknown ones with their code", () => {
    const cases: [string, string][] = [
      ["ENOENT", "“/x/a.xlsx”不存在，或它所在的文件夹不存在。"],
      ["EACCES", "没有权限访问“/x/a.xlsx”。请检查文件或文件夹的权限，或换一个位置。"],
      ["EPERM", "系统不允许对“/x/a.xlsx”进行这项操作（权限不足，或文件被锁定）。"],
      ["ENOSPC", "磁盘已满，无法写入“/x/a.xlsx”。请腾出空间后重试。"],
      ["EISDIR", "“/x/a.xlsx”是一个文件夹，这里需要的是文件。"],
      ["EROFS", "“/x/a.xlsx”所在的磁盘是只读的，无法写入。"],
      ["ENAMETOOLONG", "路径“/x/a.xlsx”太长。请换一个较短的路径或文件名。"],
      ["EBUSY", "“/x/a.xlsx”正被其他程序占用（例如在 Excel 中打开着）。请关闭后重试。"],
      ["EWHATEVER", "无法访问“/x/a.xlsx”（系统错误 EWHATEVER）。"],
    ];
    for (const [code, message] of cases)
      expect(systemErrorMessage(Object.assign(new Error("x"), { code }), "/x/a.xlsx")).toBe(
        message
      );
  });
});

describe("mhscore consolidate's output streams", () => {
  it("keeps --json clean and shows progress only on a terminal", async () => {
    const dir = tempDir("streams");
    const files = path.join(dir, "files");
    fs.mkdirSync(files);
    const scores = { "2.1": 72, "2.2": 60, "2.3": 48, "6.1": 48, "6.2": 36, "6.3": 36 };
    for (const judge of ["J1", "J2"])
      await judgeFile(files, `${judge}.xlsx`, judge, 2, [{ applicant: "甲公司", scores }]);
    ensureCliBuilt();

    // In a pipe: stdout is exactly the JSON, stderr the one-line summary, no progress.
    const piped = spawnSync(process.execPath, [bin, "consolidate", files, "--json"], {
      encoding: "utf8",
    });
    expect(piped.status).toBe(0);
    expect(JSON.parse(piped.stdout).counts.sheetsCounted).toBe(2);
    expect(piped.stderr).not.toContain("已读取");
    expect(piped.stderr.trim().split("\n")).toHaveLength(1);

    // On a terminal (util-linux `script` gives the command one): progress, ended by a newline.
    const onTty = (args: string) =>
      spawnSync("script", ["-qec", `${process.execPath} ${bin} ${args}`, "/dev/null"], {
        encoding: "utf8",
      }).stdout;
    const tty = onTty(`consolidate ${files} -o ${path.join(dir, "汇总.xlsx")}`);
    expect(tty).toContain("已读取 2/2 个文件");
    // With --json, no progress even on a terminal.
    expect(onTty(`consolidate ${files} --json`)).not.toContain("已读取");
  }, 60000);

  it("stops quietly when the reader of --json closes the pipe", () => {
    const dir = tempDir("epipe");
    ensureCliBuilt();
    const r = spawnSync(
      "sh",
      ["-c", `${process.execPath} ${bin} --help | head -c 10 > /dev/null; echo "rc=$?"`],
      {
        encoding: "utf8",
        cwd: dir,
      }
    );
    expect(r.stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect(r.stdout.trim()).toBe("rc=0");
  });
});
