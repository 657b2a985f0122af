/**
 * The files a consolidation reads: each path given, and every workbook below each folder given
 * (Excel's "~$" lock files left out). Nothing is lost without a line:
 * - links are followed (a folder reached again through a link is a loop, reported once);
 * - one file reached by two spellings (relative and absolute, through a link) is read once:
 *   files are told apart by device and inode, not by their names;
 * - names that are not UTF-8 (GBK names from archives made on Chinese Windows) are kept as bytes
 *   to open the file and shown decoded as GBK;
 * - size and type come from `stat` before anything is read: a device, a FIFO or a socket is
 *   reported and never opened, a file over the size limit is reported and never read;
 * - spreadsheets of other formats (.ods, WPS .et, .numbers) are named with what to do.
 * A path that cannot be read becomes a problem, not an error; a path that does not exist is
 * one the caller refuses (missingPathLines).
 */
import * as fs from "fs";
import * as path from "path";
import type { Problem, ProblemCode } from "../consolidate";
import { nearestWord } from "../standard";
import { t, type StringKey } from "../strings";
import { tooLargeMessage } from "../xlsx/open-scoring-workbook";
import { DEFAULT_LIMITS } from "../xlsx/read-limits";
import { systemErrorMessage } from "./system-error";

/** A file to read: the path as the system takes it (bytes where the name is not UTF-8) and as shown. */
export interface CollectedFile {
  path: string | Buffer;
  display: string;
  /** Device and inode: the file's identity, whatever the spelling that reached it. */
  id: string;
}

/** The identity of a file as collectFiles records it. */
export const fileIdentity = (stat: fs.Stats) => `${stat.dev}:${stat.ino}`;

export interface CollectedFiles {
  files: CollectedFile[];
  problems: Problem[];
  /** Problems that are about a file or folder that exists (counted among the files read). */
  unreadableFiles: number;
}

const WORKBOOK = /\.(xlsx|xlsm|xls)$/i;
/** Spreadsheets this tool cannot read, with the program that saves them as .xlsx (a string key). */
const OTHER_FORMATS: Record<string, StringKey> = {
  ".et": "cli.program.wps",
  ".ett": "cli.program.wps",
  ".ods": "cli.program.ods",
  ".numbers": "cli.program.numbers",
};

/** What to do with a spreadsheet of another program's format (WPS .et, .ods …), or null for any other file. */
export function otherFormatMessage(file: string): string | null {
  const other = OTHER_FORMATS[path.extname(file).toLowerCase()];
  return other ? t("cli.consolidate.otherFormat", { program: t(other) }) : null;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });
const gbk = new TextDecoder("gbk");

/** A name as bytes, shown readably: UTF-8 when it is, else GBK (how Chinese Windows names files). */
function displayName(bytes: Buffer): { name: string | Buffer; display: string } {
  try {
    const name = utf8.decode(bytes);
    return { name, display: name };
  } catch {
    return { name: bytes, display: gbk.decode(bytes) };
  }
}

function joinPath(dir: string | Buffer, name: string | Buffer): string | Buffer {
  if (typeof dir === "string" && typeof name === "string") return path.join(dir, name);
  return Buffer.concat([Buffer.from(dir), Buffer.from(path.sep), Buffer.from(name)]);
}

class Walk {
  readonly files: CollectedFile[] = [];
  readonly problems: Problem[] = [];
  private readonly seenFiles = new Set<string>();
  private readonly seenFolders = new Set<string>();
  /** The folders being walked, outermost first: one met again among them is a loop. */
  private readonly ancestors: string[] = [];

  private problem(file: string, code: ProblemCode, message: string): void {
    this.problems.push({ file, sheet: "", cell: "", code, message });
  }

  /** A path given on the command line. */
  given(p: string): void {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch (e) {
      if (isMissing(e) && !isLink(p))
        this.problem(p, "missing-path", t("cli.consolidate.missingPath"));
      else this.statFailed(p, p, e);
      return;
    }
    if (stat.isDirectory()) this.folder(p, p, stat);
    else this.file(p, p, stat, true);
  }

  /** A link whose target is gone is said to be one; anything else with the system's reason. */
  private statFailed(p: string | Buffer, display: string, e: unknown): void {
    if (isMissing(e) && isLink(p))
      this.problem(display, "broken-link", t("cli.consolidate.brokenLink"));
    else this.unreadable(display, e);
  }

  private unreadable(display: string, e: unknown): void {
    const reason = systemErrorMessage(e, display);
    this.problem(display, "unreadable-path", t("cli.consolidate.unreadablePath", { reason }));
  }

  private folder(dir: string | Buffer, display: string, stat: fs.Stats): void {
    const id = fileIdentity(stat);
    if (this.ancestors.includes(id)) {
      this.problem(display, "folder-loop", t("cli.consolidate.folderLoop"));
      return;
    }
    if (this.seenFolders.has(id)) {
      this.problem(display, "folder-again", t("cli.consolidate.folderAgain"));
      return;
    }
    this.seenFolders.add(id);
    this.ancestors.push(id);
    try {
      this.folderEntries(dir, display);
    } finally {
      this.ancestors.pop();
    }
  }

  private folderEntries(dir: string | Buffer, display: string): void {
    let names: Buffer[];
    try {
      names = fs.readdirSync(dir, { encoding: "buffer" });
    } catch (e) {
      this.unreadable(display, e);
      return;
    }
    const entries = names.map(displayName).sort((a, b) => a.display.localeCompare(b.display));
    for (const { name, display: shown } of entries) this.entry(dir, display, name, shown);
  }

  private entry(dir: string | Buffer, dirShown: string, name: string | Buffer, shown: string) {
    const p = joinPath(dir, name);
    const display = path.join(dirShown, shown);
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p); // follows links: a linked file or folder counts as what it points to
    } catch (e) {
      this.statFailed(p, display, e);
      return;
    }
    if (stat.isDirectory()) this.folder(p, display, stat);
    else this.file(p, display, stat, false);
  }

  /** A file found in a folder is taken only if it looks like a workbook; one given by name always. */
  private file(p: string | Buffer, display: string, stat: fs.Stats, given: boolean): void {
    const base = path.basename(display);
    if (base.startsWith("~$")) {
      // Found in a folder: Excel's lock file, left out quietly. Named on the command line: said.
      if (given) this.problem(display, "lock-file", t("cli.consolidate.lockFile"));
      return;
    }
    const other = OTHER_FORMATS[path.extname(base).toLowerCase()];
    if (other) {
      this.problem(
        display,
        "other-format",
        t("cli.consolidate.otherFormat", { program: t(other) })
      );
      return;
    }
    if (!given && !WORKBOOK.test(base)) return;
    if (!stat.isFile()) {
      this.problem(display, "not-a-file", t("cli.consolidate.notAFile"));
      return;
    }
    const id = fileIdentity(stat);
    if (this.seenFiles.has(id)) return; // the same file by another spelling: read once
    this.seenFiles.add(id);
    if (stat.size > DEFAULT_LIMITS.maxFileBytes) {
      this.problem(display, "too-large", tooLargeMessage(stat.size));
      return;
    }
    this.files.push({ path: p, display, id });
  }
}

/** Whether the path itself is a link; false where even that cannot be known (ENOTDIR, ELOOP…). */
const isLink = (p: string | Buffer) => {
  try {
    return fs.lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
};
const isMissing = (e: unknown) =>
  ["ENOENT", "ENOTDIR"].includes((e as { code?: string })?.code ?? "");

/**
 * A sibling of a path that does not exist, close enough to be the one meant ("交会/" beside
 * "交回/"), spelled as the user spelled the path; null when none is close or the folder cannot
 * be read.
 */
export function nearbyPath(p: string): string | null {
  const dir = path.dirname(p);
  let names: string[];
  try {
    names = fs.readdirSync(dir).filter((n) => !n.startsWith("~$"));
  } catch {
    return null;
  }
  const near = nearestWord(path.basename(p), names);
  if (near === null) return null;
  const spelled = dir === "." && !p.startsWith(".") ? near : path.join(dir, near);
  return /[\\/]$/.test(p) ? `${spelled}${path.sep}` : spelled;
}

/**
 * The paths given on the command line that do not exist, as error lines: each named, with the
 * sibling probably meant. A mistyped folder stops the run before anything is read or written —
 * a summary without it would look complete.
 */
export function missingPathLines(collected: CollectedFiles): string[] {
  return collected.problems
    .filter((p) => p.code === "missing-path")
    .flatMap((p) => {
      const near = nearbyPath(p.file);
      const line = t("cli.consolidate.pathMissing", { path: p.file });
      return near === null ? [line] : [line, t("cli.consolidate.pathNear", { path: near })];
    });
}

export function collectFiles(paths: string[]): CollectedFiles {
  const walk = new Walk();
  for (const p of paths) walk.given(p);
  const notFiles = new Set(["missing-path", "folder-loop", "folder-again"]);
  const unreadableFiles = walk.problems.filter((p) => !notFiles.has(p.code)).length;
  return { files: walk.files, problems: walk.problems, unreadableFiles };
}
