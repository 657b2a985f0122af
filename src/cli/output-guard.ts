/**
 * An output never replaces an input of the same run, --force or not: an output that is one of the
 * inputs (by file identity, so no spelling or link hides it), an output inside a folder being read
 * (the next run would read it as a judge's file), or one path given for two outputs.
 */
import * as fs from "fs";
import * as path from "path";
import { t } from "../strings";
import { fileIdentity } from "./collect-files";

export interface RunInputs {
  /** Files the run reads: their identities (collectFiles' ids) and the named ones (roster, 共识). */
  ids: readonly string[];
  named?: readonly (string | undefined)[];
  /** Folders the run walks. */
  folders?: readonly string[];
}

/** A path's stat, or undefined where there is none to take (missing, a link loop, a name too long). */
const statOf = (p: string) => {
  try {
    return fs.statSync(p);
  } catch {
    return undefined; // the write (or the read) reports why, naming the path
  }
};

const identityOf = (p: string) => {
  const stat = statOf(p);
  return stat ? fileIdentity(stat) : null;
};

/** The real path of a folder, or of the nearest existing folder above a path that does not exist yet. */
function realFolderOf(p: string): string {
  let at = path.resolve(p);
  for (;;) {
    try {
      return fs.realpathSync(at);
    } catch {
      const up = path.dirname(at);
      if (up === at) return at;
      at = up;
    }
  }
}

const isInside = (folder: string, file: string) => {
  const rel = path.relative(folder, file);
  return rel !== "" && !rel.startsWith("..") && !path.isAbsolute(rel);
};

function folderHolding(output: string, folders: readonly string[]): string | null {
  const where = path.join(realFolderOf(path.dirname(output)), path.basename(output));
  for (const folder of folders) {
    if (statOf(folder)?.isDirectory() && isInside(realFolderOf(folder), where)) return folder;
  }
  return null;
}

/** The zh-CN reason the outputs cannot be written, or null when none replaces an input. */
export function outputConflict(outputs: readonly string[], inputs: RunInputs): string | null {
  const named = (inputs.named ?? []).filter((n): n is string => n !== undefined);
  const inputIds = new Set([...inputs.ids, ...named.map(identityOf).filter((x) => x !== null)]);
  const seen = new Map<string, string>();
  for (const output of outputs) {
    const id = identityOf(output);
    if (id !== null && inputIds.has(id))
      return t("cli.consolidate.outputIsInput", { path: output });
    const folder = folderHolding(output, inputs.folders ?? []);
    if (folder !== null) return t("cli.output.insideInput", { path: output, folder });
    const key = id ?? path.resolve(output);
    const other = seen.get(key);
    if (other !== undefined) return t("cli.output.twice", { a: other, b: output });
    seen.set(key, output);
  }
  return null;
}
