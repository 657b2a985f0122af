/** A roster file read and checked for the CLI: the round, or the zh-CN lines to print. */
import * as fs from "fs";
import type { Round, RosterProblem } from "../round";
import { checkRoster } from "../workflows/roster";
import { t } from "../strings";
import { readRosterWorkbook } from "../xlsx/read-roster-tables";
import { nearbyPath, otherFormatMessage } from "./collect-files";
import { systemErrorMessage } from "./system-error";

export const problemLine = (p: RosterProblem) =>
  t("cli.distribute.problem", {
    where: p.cell ? `${p.sheet}!${p.cell}` : p.sheet,
    message: p.message,
  });

export async function readRosterFile(
  file: string
): Promise<{ round: Round } | { lines: string[] }> {
  const other = otherFormatMessage(file);
  if (other)
    return { lines: [t("cli.distribute.rosterUnreadable", { path: file, reason: other })] };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(fs.readFileSync(file));
  } catch (e) {
    const near = (e as { code?: string }).code === "ENOENT" ? nearbyPath(file) : null;
    const hint = near === null ? [] : [t("cli.consolidate.pathNear", { path: near })];
    return { lines: [systemErrorMessage(e, file), ...hint] };
  }
  let read;
  try {
    const opened = await readRosterWorkbook(bytes);
    if (!opened.ok)
      return {
        lines: [t("cli.distribute.rosterUnreadable", { path: file, reason: opened.message })],
      };
    read = checkRoster(opened.tables);
  } catch {
    return { lines: [t("cli.distribute.notRoster", { path: file })] };
  }
  if (read.ok) return { round: read.round };
  return {
    lines: [
      t("cli.distribute.rosterProblems", { count: read.problems.length }),
      ...read.problems.map(problemLine),
    ],
  };
}
