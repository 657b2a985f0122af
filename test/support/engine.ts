/** LibreOffice for tests: `describeWithEngine` runs a block only where soffice exists (see global-setup.js). */
import { describe } from "@jest/globals";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const lo = require("../../scripts/lib/libreoffice");

export const soffice: string | null = lo.findSoffice();

export const describeWithEngine: typeof describe = (
  soffice ? describe : describe.skip
) as typeof describe;

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
