/** Writes a file atomically: a temporary file beside it, then a rename, so a failure never leaves half a workbook. */
import * as fs from "fs";
import * as path from "path";

export function writeFileAtomic(target: string, data: Uint8Array): void {
  const dir = path.dirname(path.resolve(target));
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(tmp, data);
    fs.renameSync(tmp, target);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}
