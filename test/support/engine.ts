/**
 * LibreOffice for tests: `describeWithEngine` runs a block only where soffice exists (under CI,
 * global-setup.js fails the run without it); `describeWithWriter` runs one that needs Writer, and
 * under CI fails it when Writer is missing.
 */
import { describe, it } from "@jest/globals";
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { findSoffice as findCliSoffice } from "../../src/cli/pdf";
import { onCI } from "./ci";

const lo = require("../../scripts/lib/libreoffice");

export const soffice: string | null = lo.findSoffice();

export const describeWithEngine: typeof describe = (
  soffice ? describe : describe.skip
) as typeof describe;

/** Writer converts the feedback reports (.docx) to PDF: the package beside the soffice mhscore finds. */
export function writerPresent(): boolean {
  try {
    execFileSync("dpkg", ["-s", "libreoffice-writer-nogui"], { stdio: "ignore" });
    return findCliSoffice() !== null;
  } catch {
    return false;
  }
}

/**
 * A block that needs LibreOffice Writer. Where Writer is missing it is skipped with a printed note,
 * except under CI (ci.js), where it fails: a CI run never passes without converting a report.
 */
export function describeWithWriter(name: string, fn: () => void): void {
  if (writerPresent()) {
    describe(name, fn);
  } else if (onCI()) {
    describe(name, () => {
      it("needs LibreOffice Writer", () => {
        throw new Error(
          `CI=${process.env.CI} 但未找到 LibreOffice Writer（libreoffice-writer-nogui）：` +
            "报告转 PDF 的测试必须运行。请安装 libreoffice-writer-nogui（.ci/run 会安装）。"
        );
      });
    });
  } else {
    process.stdout.write(
      `\n[PDF 测试已跳过] 未找到 LibreOffice Writer，“${name}”不会运行。\n` +
        "安装：apt-get install -y --no-install-recommends libreoffice-writer-nogui poppler-utils\n"
    );
    describe.skip(name, fn);
  }
}

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `mh-${prefix}-`));
}

/** Write `data` as `name` in `dir`, convert it with LibreOffice (recalculating), return the output's bytes and path. */
export async function convertWithEngine(
  data: Uint8Array,
  name: string,
  format: "xlsx" | "pdf",
  dir: string
): Promise<{ path: string; bytes: Buffer }> {
  const input = path.join(dir, name);
  fs.writeFileSync(input, data);
  const out: string = await lo.convert(input, format, path.join(dir, "out"));
  return { path: out, bytes: fs.readFileSync(out) };
}
