/**
 * mhscore distribute 名册.xlsx -o 评委工作簿/: one workbook per judge, from a checked roster.
 * Nothing is written while the roster has a problem, nor over an existing file without --force.
 * With --per-application K the tool assigns the judges itself and writes the filled roster beside
 * the workbooks (never over the input).
 */
import * as fs from "fs";
import * as path from "path";
import { isoDateFrom, parseDecimal, todayIso } from "../sheet-kit";
import { rosterAssignments } from "../round";
import { rosterWorkbook } from "../judge-sheets/roster";
import { t } from "../strings";
import { distributeRound } from "../workflows/distribute";
import { resolveRoundContext } from "../workflows/round-context";
import { writeXlsx } from "./write-xlsx";
import { parseArgs, type OptionSpec } from "./args";
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, type CliIO, usageFailure } from "./io";
import { outputConflict } from "./output-guard";
import { readRosterFile, problemLine } from "./roster-file";
import { makeFolder } from "./make-folder";
import { writeFileAtomic } from "./write-file";

export const OPTIONS: OptionSpec[] = [
  { name: "--output", alias: "-o", value: true },
  { name: "--per-application", value: true },
  { name: "--date", value: true },
  { name: "--force", value: false },
  { name: "--help", alias: "-h", value: false },
];

export const distributeUsage = () => t("cli.distribute.usage");

export async function distributeCommand(argv: string[], io: CliIO): Promise<number> {
  const parsed = parseArgs(argv, OPTIONS, true);
  const fail = usageFailure(io, distributeUsage);
  if (!parsed.ok) return fail(parsed.error);
  if (parsed.flags.has("--help")) {
    io.out(distributeUsage());
    return EXIT_OK;
  }
  if (parsed.positionals.length !== 1) return fail(t("cli.distribute.oneRoster"));
  const output = parsed.values.get("--output")?.[0];
  if (!output) return fail(t("cli.args.required", { option: "--output" }));
  const dateText = parsed.values.get("--date")?.[0];
  const dateAsked = dateText === undefined ? undefined : isoDateFrom(dateText);
  if (dateText !== undefined && dateAsked === null)
    return fail(t("cli.template.badDate", { value: dateText }));
  const perText = parsed.values.get("--per-application")?.[0];
  const perApplication = perText === undefined ? undefined : (parseDecimal(perText) ?? NaN);
  if (perApplication !== undefined && !(Number.isInteger(perApplication) && perApplication >= 1))
    return fail(t("cli.distribute.badPer", { value: perText ?? "" }));

  const loaded = await readRosterFile(parsed.positionals[0]);
  if ("lines" in loaded) {
    loaded.lines.forEach((l) => io.err(l));
    return EXIT_FAILED;
  }
  const { round } = loaded;
  const roster = { round, assignments: rosterAssignments(round) };
  const context = resolveRoundContext({ roster });
  if (!context.ok) return fail(context.message);
  const { standard } = context.value;
  const date = dateAsked ?? (round.date || todayIso());
  const distribution = distributeRound({ ...context.value, roster }, { perApplication, date });
  if (!distribution.ok) {
    distribution.problems.map(problemLine).forEach((l) => io.err(l));
    return EXIT_FAILED;
  }
  const { pairs, workbooks } = distribution;
  const files = workbooks.map((w) => ({ path: path.join(output, w.fileName), plans: w.plans }));
  if (distribution.assignedByTool)
    files.push({
      path: path.join(output, t("cli.distribute.rosterCopy")),
      plans: rosterWorkbook(standard, round, pairs),
    });
  const conflict = outputConflict(
    files.map((f) => f.path),
    { ids: [], named: [parsed.positionals[0]] }
  );
  if (conflict !== null) {
    io.err(conflict);
    return EXIT_USAGE;
  }
  return writeAll(files, parsed.flags.has("--force"), output, io, workbooks.length, pairs.length);
}

async function writeAll(
  files: { path: string; plans: Parameters<typeof writeXlsx>[0] }[],
  force: boolean,
  output: string,
  io: CliIO,
  judges: number,
  sheets: number
): Promise<number> {
  const existing = files.filter((f) => fs.existsSync(f.path)).map((f) => f.path);
  if (existing.length && !force) {
    io.err(t("cli.distribute.exist", { count: existing.length }));
    existing.forEach((p) => io.err(`  ${p}`));
    return EXIT_FAILED;
  }
  try {
    makeFolder(output);
    for (const [i, f] of files.entries()) {
      writeFileAtomic(f.path, await writeXlsx(f.plans));
      io.progress?.(
        t("cli.distribute.progress", { done: i + 1, total: files.length }),
        i === files.length - 1
      );
    }
  } catch (e) {
    // Both the folder and each file report in zh-CN, naming the path (system-error.ts).
    io.err(t("cli.template.writeFailed", { reason: (e as Error).message }));
    return EXIT_FAILED;
  }
  io.out(t("cli.distribute.done", { judges, sheets, path: output }));
  files.forEach((f) => io.out(`  ${path.basename(f.path)}`));
  return EXIT_OK;
}
