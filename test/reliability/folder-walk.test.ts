/**
 * A secretariat's folder as it really is: links, the same file by two spellings, GBK names
 * unzipped from an archive made on Chinese Windows, a FIFO, a huge file, WPS and LibreOffice
 * formats, a link that goes nowhere, a link that loops. No file is lost without a line, none is
 * read twice, nothing hangs, and every valid sheet counts.
 */
import { beforeAll, describe, expect, it } from "@jest/globals";
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { run } from "../../src/cli/main";
import { t } from "../../src/strings";
import { tooLargeMessage } from "../../src/xlsx";
import { judgeFile } from "../support/consolidation-fixture";
import { tempDir } from "../support/engine";

const scores = (percent: number) =>
  Object.fromEntries(["2.1", "2.2", "2.3", "6.1", "6.2", "6.3"].map((c) => [c, percent]));

let dir: string;
let json: {
  problems: { file: string; code: string; message: string }[];
  applications: { applicant: string; judges: { judge: string }[] }[];
  counts: { files: number; sheetsRead: number; sheetsCounted: number };
};
let exitCode: number;
const GBK_NAME = Buffer.from([0xc6, 0xc0, 0xce, 0xaf, 0xcd, 0xf5, 0xce, 0xe5]); // 评委王五 in GBK

beforeAll(async () => {
  dir = tempDir("folder-walk");
  const root = path.join(dir, "收件");
  const sub = path.join(root, "第二批");
  fs.mkdirSync(sub, { recursive: true });
  await judgeFile(root, "张三.xlsx", "张三", 2, [{ applicant: "申报甲", scores: scores(30) }]);
  await judgeFile(sub, "李四.xlsx", "李四", 2, [{ applicant: "申报甲", scores: scores(36) }]);
  // A judge's file under a GBK name (made in a temporary name, then renamed byte for byte).
  const gbkDir = Buffer.from(root + "/");
  await judgeFile(root, "tmp.xlsx", "王五", 2, [{ applicant: "申报甲", scores: scores(24) }]);
  fs.renameSync(
    path.join(root, "tmp.xlsx"),
    Buffer.concat([gbkDir, GBK_NAME, Buffer.from(".xlsx")])
  );
  fs.writeFileSync(Buffer.concat([gbkDir, GBK_NAME, Buffer.from("-bad.xlsx")]), "not a workbook");
  // The second batch reached again through a link, and a link back up (a loop).
  fs.symlinkSync(sub, path.join(root, "链接到第二批"));
  fs.symlinkSync(root, path.join(sub, "回到上级"));
  fs.symlinkSync(path.join(root, "不存在.xlsx"), path.join(root, "断开的链接.xlsx"));
  execFileSync("mkfifo", [path.join(root, "管道.xlsx")]);
  fs.writeFileSync(path.join(root, "赵六.et"), "x");
  fs.writeFileSync(path.join(root, "钱七.ods"), "x");
  fs.closeSync(fs.openSync(path.join(root, "巨大.xlsx"), "w"));
  fs.truncateSync(path.join(root, "巨大.xlsx"), 21 * 1024 * 1024); // sparse: never read
  const out: string[] = [];
  const here = process.cwd();
  process.chdir(dir);
  try {
    // The folder, and one of its files again by another spelling.
    exitCode = await run(["consolidate", "收件", "./收件/张三.xlsx", "--json"], {
      out: (s) => out.push(s),
      err: () => undefined,
    });
  } finally {
    process.chdir(here);
  }
  json = JSON.parse(out.join("\n"));
}, 120000);

const problem = (code: string) => json.problems.filter((p) => p.code === code);

describe("the folder walk", () => {
  it("reads every judge once: through links, by two spellings, under a GBK name", () => {
    expect(exitCode).toBe(0);
    const app = json.applications.find((a) => a.applicant === "申报甲")!;
    expect(app.judges.map((j) => j.judge).sort()).toEqual(["张三", "李四", "王五"].sort());
    expect(json.counts.sheetsRead).toBe(3);
    expect(problem("duplicate-judge")).toEqual([]);
  });

  it("shows a GBK name readably", () => {
    expect(problem("not-xlsx").map((p) => p.file)).toEqual([
      path.join("收件", "评委王五-bad.xlsx"),
    ]);
  });

  it("reports the loop, the broken link, the FIFO, the huge file and other formats", () => {
    expect(problem("folder-loop")).toEqual([
      expect.objectContaining({
        file: path.join("收件", "第二批", "回到上级"),
        message: t("cli.consolidate.folderLoop"),
      }),
    ]);
    expect(problem("folder-again")).toEqual([
      expect.objectContaining({
        file: path.join("收件", "链接到第二批"),
        message: t("cli.consolidate.folderAgain"),
      }),
    ]);
    expect(problem("broken-link")).toEqual([
      expect.objectContaining({
        file: path.join("收件", "断开的链接.xlsx"),
        message: t("cli.consolidate.brokenLink"),
      }),
    ]);
    expect(problem("not-a-file")).toEqual([
      expect.objectContaining({
        file: path.join("收件", "管道.xlsx"),
        message: t("cli.consolidate.notAFile"),
      }),
    ]);
    expect(problem("too-large")).toEqual([
      expect.objectContaining({
        file: path.join("收件", "巨大.xlsx"),
        message: tooLargeMessage(21 * 1024 * 1024),
      }),
    ]);
    expect(problem("other-format").map((p) => [p.file, p.message])).toEqual([
      [
        path.join("收件", "赵六.et"),
        t("cli.consolidate.otherFormat", { program: t("cli.program.wps") }),
      ],
      [
        path.join("收件", "钱七.ods"),
        t("cli.consolidate.otherFormat", { program: t("cli.program.ods") }),
      ],
    ]);
  });

  it("refuses to write the summary over an input reached by another spelling", async () => {
    const err: string[] = [];
    const here = process.cwd();
    process.chdir(dir);
    try {
      const code = await run(["consolidate", "收件", "-o", "收件/第二批/../张三.xlsx", "--force"], {
        out: () => undefined,
        err: (s) => err.push(s),
      });
      expect(code).not.toBe(0);
      expect(err.join("\n")).toContain(
        t("cli.consolidate.outputIsInput", { path: "收件/第二批/../张三.xlsx" })
      );
    } finally {
      process.chdir(here);
    }
  });
});

describe("Excel's lock files", () => {
  it("are left out of a folder quietly, and named when given on the command line", async () => {
    const { collectFiles } = await import("../../src/cli/collect-files");
    const dir = tempDir("lock-files");
    await judgeFile(dir, "王芳.xlsx", "王芳", 2, [
      { applicant: "上海甲公司", scores: { "2.1": 30 } },
    ]);
    const lock = path.join(dir, "~$王芳.xlsx");
    fs.writeFileSync(lock, new Uint8Array(165));
    const inFolder = collectFiles([dir]);
    expect(inFolder.files.map((f) => path.basename(f.display))).toEqual(["王芳.xlsx"]);
    expect(inFolder.problems).toEqual([]);
    const named = collectFiles([lock]);
    expect(named.files).toEqual([]);
    expect(named.problems).toEqual([
      {
        file: lock,
        sheet: "",
        cell: "",
        code: "lock-file",
        message: t("cli.consolidate.lockFile"),
      },
    ]);
  });
});
