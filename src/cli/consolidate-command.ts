/** mhscore consolidate: read judges' workbooks, check, aggregate, write the summary and/or JSON. */
import * as fs from "fs";
import * as path from "path";
import { consolidationJson, warningCount, type ConsolidationResult } from "../consolidate";
import type { SheetPlan } from "../sheet-kit";
import { AUTO_TRIM_MIN_JUDGES, DEFAULT_SPREAD_RATIO, TRIM_MODES, type TrimMode } from "../standard";
import { t } from "../strings";
import { COMMENTS_PRINT, type CommentsPrint } from "../secretariat-sheets/consolidation";
import { CONSENSUS_SCOPES, planConsensus, type ConsensusScope } from "../workflows/consensus";
import { standardFor, type RoundContext } from "../workflows/round-context";
import { parseArgs, parseRatio, type OptionSpec } from "./args";
import { collectFiles, missingPathLines, type CollectedFile } from "./collect-files";
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, type CliIO, usageFailure } from "./io";
import { outputConflict } from "./output-guard";
import { consolidateFromPaths, readRoundInputs } from "./round-run";
import { excludedLines, missingLines, problemLines, rosterDoubtLines } from "./run-summary";
import { commandUsage } from "./usage";
import { writeFileAtomic } from "./write-file";
import { writeXlsx } from "./write-xlsx";

export const OPTIONS: OptionSpec[] = [
  {
    name: "--output",
    alias: "-o",
    value: true,
    arg: "cli.arg.consolidate.output",
    help: "cli.opt.consolidate.output",
  },
  { name: "--json", value: false, help: "cli.opt.consolidate.json" },
  {
    name: "--trim",
    value: true,
    arg: "cli.arg.consolidate.trim",
    help: "cli.opt.consolidate.trim",
  },
  { name: "--pass", value: true, arg: "cli.arg.ratio", help: "cli.opt.consolidate.pass" },
  { name: "--spread", value: true, arg: "cli.arg.ratio", help: "cli.opt.consolidate.spread" },
  { name: "--roster", value: true, arg: "cli.arg.roster", help: "cli.opt.consolidate.roster" },
  { name: "--winners", value: true, arg: "cli.arg.winners", help: "cli.opt.consolidate.winners" },
  {
    name: "--consensus-out",
    value: true,
    arg: "cli.arg.consolidate.consensusOut",
    help: "cli.opt.consolidate.consensusOut",
  },
  {
    name: "--consensus-scope",
    value: true,
    arg: "cli.arg.consolidate.consensusScope",
    help: "cli.opt.consolidate.consensusScope",
  },
  {
    name: "--consensus",
    value: true,
    arg: "cli.arg.consolidate.consensus",
    help: "cli.opt.consolidate.consensus",
  },
  {
    name: "--comments",
    value: true,
    arg: "cli.arg.consolidate.comments",
    help: "cli.opt.consolidate.comments",
  },
  { name: "--force", value: false, help: "cli.opt.consolidate.force" },
  { name: "--help", alias: "-h", value: false, help: "cli.opt.help" },
];

/** The built-in standard: its suggested pass ratio is the usage's default. */
const standard = standardFor()!;

export const consolidateUsage = () =>
  commandUsage({
    command: "consolidate",
    operands: [{ arg: "cli.arg.paths", help: "cli.arg.pathsHelp" }],
    options: OPTIONS,
    notes: "cli.consolidate.notes",
    params: {
      pass: standard.passRatio,
      spread: DEFAULT_SPREAD_RATIO,
      autoMin: AUTO_TRIM_MIN_JUDGES,
    },
  });

interface ConsolidateArgs {
  paths: string[];
  output?: string;
  json: boolean;
  force: boolean;
  asked: { trim: TrimMode; passRatio?: number; spreadRatio?: number; winners?: string };
  rosterFile?: string;
  consensusOut?: string;
  consensusScope: ConsensusScope;
  consensusFile?: string;
  comments: CommentsPrint;
}

/** The command line as options, or the usage message that says what is wrong. */
function readArgs(argv: string[]): ConsolidateArgs | { error: string } | "help" {
  const parsed = parseArgs(argv, OPTIONS, true);
  if (!parsed.ok) return { error: parsed.error };
  if (parsed.flags.has("--help")) return "help";
  const value = (name: string) => parsed.values.get(name)?.[0];
  const output = value("--output");
  const json = parsed.flags.has("--json");
  const consensusOut = value("--consensus-out");
  if (parsed.positionals.length === 0) return { error: t("cli.consolidate.noPaths") };
  if (!output && !json && !consensusOut) return { error: t("cli.consolidate.noOutput") };
  for (const file of [output, consensusOut, value("--consensus")])
    if (file !== undefined && !/\.xlsx$/i.test(file))
      return { error: t("cli.template.badOutput", { path: file }) };
  const asked = readNumbers(value);
  if ("error" in asked) return asked;
  const scope = (value("--consensus-scope") ?? "all") as ConsensusScope;
  if (!CONSENSUS_SCOPES.includes(scope))
    return { error: t("cli.consolidate.badScope", { value: scope }) };
  const comments = (value("--comments") ?? "screen") as CommentsPrint;
  if (!COMMENTS_PRINT.includes(comments))
    return { error: t("cli.consolidate.badComments", { value: comments }) };
  return {
    paths: parsed.positionals,
    output,
    json,
    force: parsed.flags.has("--force"),
    asked,
    rosterFile: value("--roster"),
    consensusOut,
    consensusScope: scope,
    consensusFile: value("--consensus"),
    comments,
  };
}

/** --trim, --pass, --spread and --winners, each checked. */
function readNumbers(
  value: (name: string) => string | undefined
): ConsolidateArgs["asked"] | { error: string } {
  const trim = (value("--trim") ?? "auto") as TrimMode;
  if (!TRIM_MODES.includes(trim)) return { error: t("cli.consolidate.badTrim", { value: trim }) };
  const passText = value("--pass");
  const passRatio = parseRatio(passText);
  if (Number.isNaN(passRatio)) return { error: t("context.badPass", { value: passText ?? "" }) };
  const spreadText = value("--spread");
  const spreadRatio = parseRatio(spreadText);
  if (Number.isNaN(spreadRatio))
    return { error: t("cli.consolidate.badSpread", { value: spreadText ?? "" }) };
  // --winners is checked by the use case, as the pane's field is.
  return { trim, passRatio, spreadRatio, winners: value("--winners") };
}

/** Outputs that would replace an input (never written), or an existing file without --force. */
function checkOutputs(args: ConsolidateArgs, files: CollectedFile[], io: CliIO): number | null {
  const outputs = [args.output, args.consensusOut].filter((o): o is string => o !== undefined);
  const conflict = outputConflict(outputs, {
    ids: files.map((f) => f.id),
    named: [args.rosterFile, args.consensusFile],
    folders: args.paths,
  });
  if (conflict !== null) {
    io.err(conflict);
    return EXIT_USAGE;
  }
  for (const out of outputs) {
    if (fs.existsSync(out) && !args.force) {
      io.err(t("cli.template.exists", { path: out }));
      return EXIT_FAILED;
    }
  }
  return null;
}

async function writeOutputs(
  args: ConsolidateArgs,
  context: RoundContext,
  plans: SheetPlan[],
  result: ConsolidationResult,
  say: (text: string) => void
): Promise<string | null> {
  const outputs: [string | undefined, () => SheetPlan[]][] = [
    [args.output, () => plans],
    [args.consensusOut, () => planConsensus(context, { result, scope: args.consensusScope })],
  ];
  for (const [path, plansOf] of outputs) {
    if (path === undefined) continue;
    try {
      writeFileAtomic(path, await writeXlsx(plansOf()));
    } catch (e) {
      return t("cli.template.writeFailed", { reason: (e as Error).message });
    }
    const consensus = path === args.consensusOut;
    say(
      consensus
        ? t("cli.consolidate.consensusWritten", { path, count: plansOf().length })
        : t("cli.consolidate.written", { path })
    );
  }
  return null;
}

/** The counts, then (where a person reads, not with --json) the problems and the missing sheets. */
function sayDone(result: ConsolidationResult, total: number, json: boolean, io: CliIO): void {
  const say = json ? io.err : io.out;
  say(
    t("cli.consolidate.done", {
      files: total,
      sheets: result.sheetsRead,
      counted: result.sheetsCounted,
      applications: result.applications.length,
      problems: result.problems.length,
      warnings: warningCount(result),
    })
  );
  if (!json)
    [...missingLines(result), ...excludedLines(result), ...problemLines(result)].forEach((l) =>
      io.out(l)
    );
}

export async function consolidateCommand(argv: string[], io: CliIO): Promise<number> {
  const args = readArgs(argv);
  if (args === "help") {
    io.out(consolidateUsage());
    return EXIT_OK;
  }
  if ("error" in args) return usageFailure(io, consolidateUsage)(args.error);
  const round = await readRoundInputs({ ...args, passRatio: args.asked.passRatio });
  if ("lines" in round) {
    round.lines.forEach((l) => io.err(l));
    return EXIT_FAILED;
  }
  const collected = collectFiles(args.paths);
  const missing = missingPathLines(collected);
  if (missing.length > 0) {
    missing.forEach((l) => io.err(l));
    return EXIT_FAILED;
  }
  const refused = checkOutputs(args, collected.files, io);
  if (refused !== null) return refused;
  const total = collected.files.length;
  // Progress only where a person watches: a terminal (bin sets io.progress), never with --json.
  const run = await consolidateFromPaths(
    round,
    {
      ...args.asked,
      paths: args.paths,
      progress: args.json ? undefined : io.progress,
      // The summary workbook is planned only when it is written.
      summary: args.output !== undefined,
      comments: args.comments,
    },
    collected
  );
  if (run.kind === "invalid") return usageFailure(io, consolidateUsage)(run.message);
  if (run.kind === "cancelled") return EXIT_FAILED;
  const { result } = run;
  const blank = run.kind === "done" && run.blankSheets === result.sheetsRead;
  if (args.json && !blank) io.out(JSON.stringify(consolidationJson(result), null, 2));
  if (run.kind === "nothing") {
    io.err(t("cli.consolidate.nothing", { files: total, problems: result.problems.length }));
    if (!args.json) problemLines(result).forEach((l) => io.err(l));
    return EXIT_FAILED;
  }
  if (run.blankSheets === result.sheetsRead) {
    io.err(t("cli.consolidate.allBlank", { sheets: result.sheetsRead, files: total }));
    return EXIT_FAILED;
  }
  // With --json, stdout carries only the JSON; what is said goes to stderr.
  const say = args.json ? io.err : io.out;
  const failed = await writeOutputs(args, round.context, run.plans, result, say);
  if (failed) {
    io.err(failed);
    return EXIT_FAILED;
  }
  sayDone(result, total, args.json, io);
  const roster = round.context.roster;
  if (roster)
    rosterDoubtLines(result, roster.round.grid !== null, assignmentRosters(args.paths)).forEach(
      (l) => io.err(l)
    );
  return EXIT_OK;
}

/** The distribution's assignment rosters beside (or, from older versions, inside) the folders read. */
function assignmentRosters(paths: string[]): string[] {
  const found = new Set<string>();
  const copy = t("cli.distribute.rosterCopy");
  for (const p of paths)
    for (const dir of [path.dirname(path.resolve(p)), path.resolve(p)]) {
      let names: string[] = [];
      try {
        names = fs.readdirSync(dir);
      } catch {
        continue; // a file, or a folder that cannot be listed: nothing to suggest
      }
      for (const n of names) if (n.endsWith(copy)) found.add(path.join(dir, n));
    }
  return [...found];
}
