/**
 * The files a consolidation reads: each path given, and every .xlsx / .xls below each folder given
 * (Excel's "~$" lock files left out). A path that cannot be read becomes a problem, not an error.
 */
import * as fs from "fs";
import * as path from "path";
import type { Problem } from "../consolidate";
import { t } from "../strings";
import { systemErrorMessage } from "./system-error";

export interface CollectedFiles {
  files: string[];
  problems: Problem[];
  /** Problems that are about a file or folder that exists (counted among the files read). */
  unreadableFiles: number;
}

const WORKBOOK = /\.(xlsx|xlsm|xls)$/i;

function walk(dir: string, out: string[], problems: Problem[]): void {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    problems.push({
      file: dir,
      sheet: "",
      cell: "",
      code: "unreadable-path",
      message: t("cli.consolidate.unreadablePath", { reason: systemErrorMessage(e, dir) }),
    });
    return;
  }
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(p, out, problems);
    else if (entry.isFile() && WORKBOOK.test(entry.name) && !entry.name.startsWith("~$"))
      out.push(p);
  }
}

export function collectFiles(paths: string[]): CollectedFiles {
  const files: string[] = [];
  const problems: Problem[] = [];
  for (const p of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch {
      problems.push({
        file: p,
        sheet: "",
        cell: "",
        code: "missing-path",
        message: t("cli.consolidate.missingPath"),
      });
      continue;
    }
    if (stat.isDirectory()) walk(p, files, problems);
    else files.push(p);
  }
  const unreadableFiles = problems.filter((p) => p.code !== "missing-path").length;
  return { files: [...new Set(files)], problems, unreadableFiles };
}
