/**
 * mhscore distribute 名册.xlsx -o 评委工作簿/: one workbook per judge, from a checked roster.
 * Nothing is written while the roster has a problem, nor over an existing file without --force.
 * With --per-application K the tool assigns the judges itself and writes the filled roster beside
 * the judges' folder, never inside it (nor over the input).
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
import { commandUsage } from "./usage";
import { writeFileAtomic } from "./write-file";

export const OPTIONS: OptionSpec[] = [
  {
    name: "--output",
    alias: "-o",
    value: true,
    required: true,
    arg: "cli.arg.folder",
    help: "cli.opt.distribute.output",
  },
  {
    name: "--per-application",
    value: true,
    arg: "cli.arg.distribute.per",
    help: "cli.opt.distribute.per",
  },
  {
    name: "--roster-out",
    value: true,
    arg: "cli.arg.distribute.rosterOut",
    help: "cli.opt.distribute.rosterOut",
  },
  { name: "--date", value: true, arg: "cli.arg.date", help: "cli.opt.distribute.date" },
  { name: "--force", value: false, help: "cli.opt.distribute.force" },
  { name: "--help", alias: "-h", value: false, help: "cli.opt.help" },
];

export const distributeUsage = () =>
  commandUsage({
    command: "distribute",
    operands: [{ arg: "cli.arg.roster", help: "cli.arg.distribute.rosterHelp" }],
    options: OPTIONS,
    notes: "cli.distribute.notes",
  });

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
  const rosterAsked = parsed.values.get("--roster-out")?.[0];
  if (rosterAsked !== undefined && perApplication === undefined)
    return fail(t("cli.distribute.rosterOutAlone"));
  const rosterTarget = assignmentRosterPath(output, rosterAsked);
  if ("error" in rosterTarget) return fail(rosterTarget.error);
  const rosterOut = rosterTarget.path;

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
  const rosterCopy = distribution.assignedByTool
    ? { path: rosterOut, plans: rosterWorkbook(standard, round, pairs) }
    : undefined;
  const all = rosterCopy ? [...files, rosterCopy] : files;
  const conflict = outputConflict(
    all.map((f) => f.path),
    { ids: [], named: [parsed.positionals[0]] }
  );
  if (conflict !== null) {
    io.err(conflict);
    return EXIT_USAGE;
  }
  const written = await writeAll(all, parsed.flags.has("--force"), output, io);
  if (written !== EXIT_OK) return written;
  io.out(
    t("cli.distribute.done", { judges: workbooks.length, sheets: pairs.length, path: output })
  );
  files.forEach((f) => io.out(`  ${path.basename(f.path)}`));
  if (rosterCopy) io.out(t("cli.distribute.rosterWritten", { path: rosterCopy.path }));
  return EXIT_OK;
}

/**
 * Where the tool's assignment goes: --roster-out, else beside the judges' folder
 * ("评委工作簿/" → "评委工作簿-名册（分配）.xlsx") — never inside it: the folder is what is sent
 * to the judges, and the roster names every assignment and every 回避 reason.
 */
export function assignmentRosterPath(
  output: string,
  asked: string | undefined
): { path: string } | { error: string } {
  const inside = (p: string) => {
    const rel = path.relative(path.resolve(output), path.resolve(p));
    return rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel));
  };
  if (asked !== undefined) {
    if (!/\.xlsx$/i.test(asked)) return { error: t("cli.template.badOutput", { path: asked }) };
    if (inside(asked)) return { error: t("cli.distribute.rosterInside", { path: asked }) };
    return { path: asked };
  }
  const folder = path.normalize(output).replace(/[\\/]+$/, "");
  const plain =
    folder !== "" && folder !== "." && folder !== ".." && !folder.endsWith(`${path.sep}..`);
  const named = plain ? folder : path.resolve(output);
  if (path.basename(named) === "") return { error: t("cli.distribute.rosterOutNeeded") };
  return { path: `${named}-${t("cli.distribute.rosterCopy")}` };
}

async function writeAll(
  files: { path: string; plans: Parameters<typeof writeXlsx>[0] }[],
  force: boolean,
  output: string,
  io: CliIO
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
  return EXIT_OK;
}
