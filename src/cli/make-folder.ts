/**
 * An output folder made, with the folders above it that are missing — one level at a time, each
 * tried once. Node's mkdirSync({ recursive: true }) retries forever where a folder can be neither
 * found nor made (inside /proc: mkdir says ENOENT while its parent exists); here any answer other
 * than "already there" stops at once, in zh-CN, naming the folder, and the folders made on the
 * way are taken away again.
 */
import * as fs from "fs";
import * as path from "path";
import { t } from "../strings";
import { failure, systemError } from "./system-error";

const codeOf = (e: unknown) => (e as { code?: string } | null)?.code;

/** Whether what is at `at` is a folder; a link loop or a refusal there is thrown, naming it. */
const isFolder = (at: string, shown: string) => {
  try {
    return fs.statSync(at).isDirectory();
  } catch (e) {
    if (codeOf(e) === "ENOENT") return false; // a link to nothing: there, and no folder
    throw systemError(e, shown);
  }
};

/** Makes `dir` (and what is missing above it); throws an Error with the zh-CN reason. */
export function makeFolder(dir: string): void {
  const target = path.resolve(dir);
  // A folder as the user would write it: the one given, those above it relative when it was.
  const shownOf = (at: string) => {
    if (at === target) return dir;
    const rel = path.relative(process.cwd(), at);
    return path.isAbsolute(dir) || rel === "" || rel.startsWith("..") ? at : rel;
  };
  // The folders to make, innermost first: up to the first one that is there (or can be made).
  const missing: string[] = [];
  const made: string[] = [];
  for (let at = target; ; at = path.dirname(at)) {
    const state = makeOne(at, shownOf(at));
    if (state === "made") made.push(at);
    if (state !== "missing") break;
    missing.push(at);
    if (path.dirname(at) === at) throw systemError({ code: "ENOENT" }, at);
  }
  // Each missing folder, outermost first, made once: its parent is there now.
  try {
    for (const at of missing.reverse()) {
      if (makeOne(at, shownOf(at), shownOf(path.dirname(at))) === "made") made.push(at);
    }
  } catch (e) {
    for (const at of made.reverse()) removeEmpty(at);
    throw e;
  }
}

/** A folder this run made, taken away again (only while empty: nothing else is touched). */
function removeEmpty(at: string): void {
  try {
    fs.rmdirSync(at);
  } catch {
    // Left as it is: the failure being told matters more than an empty folder.
  }
}

/**
 * One mkdir: "made", "there" (a folder already), or "missing" (its parent is not there). With
 * `parent` the parent is known to be there, so "missing" means the system will not make it here.
 */
function makeOne(at: string, shown: string, parent?: string): "made" | "there" | "missing" {
  try {
    fs.mkdirSync(at);
    return "made";
  } catch (e) {
    const code = codeOf(e);
    if (code === "EEXIST") {
      if (isFolder(at, shown)) return "there";
      throw failure(t("cli.output.notAFolder", { path: shown }), code);
    }
    if (code === "ENOENT" && parent === undefined) return "missing";
    if (code === "ENOENT" && parent !== undefined)
      throw failure(t("cli.output.cannotCreateFolder", { path: shown, parent }), code);
    throw systemError(e, shown);
  }
}
