/**
 * Writes a file atomically: a temporary file beside it, then a rename, so a failure never leaves
 * half a workbook. Only a regular file (or nothing) is ever replaced: a folder, a device or a pipe
 * given as the output is refused. Failures come back in zh-CN, naming the path (system-error.ts).
 */
import * as fs from "fs";
import * as path from "path";
import { systemError } from "./system-error";

function checkTarget(target: string): void {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(target);
  } catch (e) {
    const code = (e as { code?: string }).code;
    // Nothing there yet (a missing folder is reported by the write itself).
    if (code === "ENOENT" || code === "ENOTDIR") return;
    throw systemError(e, target); // a link loop, a name too long, no permission: nothing written
  }
  if (stat.isDirectory()) throw systemError({ code: "EISDIR" }, target);
  if (!stat.isFile()) throw systemError({ code: "ENOTREG" }, target);
}

/** The temporary file's name: after the target's, or a short one where that would be too long. */
function temporaryName(target: string): string {
  const name = `.${path.basename(target)}.${process.pid}.tmp`;
  return Buffer.byteLength(name) <= 255 ? name : `.mhscore.${process.pid}.tmp`;
}

export function writeFileAtomic(target: string, data: Uint8Array): void {
  checkTarget(target);
  const dir = path.dirname(path.resolve(target));
  const tmp = path.join(dir, temporaryName(target));
  try {
    fs.writeFileSync(tmp, data);
    fs.renameSync(tmp, target);
  } catch (e) {
    try {
      fs.rmSync(tmp, { force: true });
    } catch {
      // Nothing was written (the name itself was refused): the first failure is the one to tell.
    }
    const code = (e as { code?: string }).code;
    // A missing folder shows on the temporary file: name the folder the user gave.
    throw systemError(e, code === "ENOENT" || code === "ENOTDIR" ? path.dirname(target) : target);
  }
}
