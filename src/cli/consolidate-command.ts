/** mhscore consolidate: read judges' workbooks, check, aggregate, write the summary and/or JSON. */
import * as fs from "fs";
import {
  consolidationJson,
  warningCount,
  type ConsolidationResult,
  type RosterContext,
} from "../consolidate";
import { rosterAssignments } from "../round";
import {
  AUTO_TRIM_MIN_JUDGES,
  DEFAULT_SPREAD_RATIO,
  defaultStandard,
  TRIM_MODES,
  type TrimMode,
} from "../standard";
import { t } from "../strings";
import { consolidateFiles } from "../workflows/consolidate-files";
import { CONSENSUS_SCOPES, planConsensus, type ConsensusScope } from "../workflows/consensus";
import type { FileSource } from "../workflows/ports";
import type { ConsensusSheetRead } from "../workbook-format";
import { readConsensusWorkbook } from "../xlsx/read-consensus";
import type { SheetPlan } from "../sheet-kit";
import { writeXlsx } from "./write-xlsx";
import { parseDecimal } from "../sheet-kit";
import { parseArgs, parseRatio, type OptionSpec } from "./args";
import { collectFiles, fileIdentity, type CollectedFile } from "./collect-files";
import { loadRound } from "./read-round";
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, type CliIO, usageFailure } from "./io";
import { systemError } from "./system-error";
import { writeFileAtomic } from "./write-file";

const OPTIONS: OptionSpec[] = [
  { name: "--output", alias: "-o", value: true },
  { name: "--json", value: false },
  { name: "--trim", value: true },
  { name: "--pass", value: true },
  { name: "--spread", value: true },
  { name: "--roster", value: true },
  { name: "--winners", value: true },
  { name: "--consensus-out", value: true },
  { name: "--consensus-scope", value: true },
  { name: "--consensus", value: true },
  { name: "--force", value: false },
  { name: "--help", alias: "-h", value: false },
];

const standard = defaultStandard;

export const consolidateUsage = () =>
  t("cli.consolidate.usage", {
    pass: standard.passRatio,
    spread: DEFAULT_SPREAD_RATIO,
    autoMin: AUTO_TRIM_MIN_JUDGES,
  });

export const fileSource = (file: CollectedFile): FileSource => ({
  name: file.display,
  read: async () => {
    try {
      return new Uint8Array(await fs.promises.readFile(file.path));
    } catch (e) {
      throw systemError(e, file.display);
    }
  },
});

/** Is the output one of the inputs (by identity, so no spelling hides it)? */
function outputIsInput(output: string, files: CollectedFile[]): boolean {
  const stat = fs.statSync(output, { throwIfNoEntry: false });
  return stat !== undefined && files.some((f) => f.id === fileIdentity(stat));
}

interface ConsolidateArgs {
  paths: string[];
  output?: string;
  json: boolean;
  force: boolean;
  asked: { trim: TrimMode; passRatio?: number; spreadRatio?: number; winners?: number };
  rosterFile?: string;
  consensusOut?: string;
  consensusScope: ConsensusScope;
  consensusFile?: string;
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
  if (Number.isNaN(passRatio))
    return { error: t("cli.template.badPass", { value: passText ?? "" }) };
  const spreadText = value("--spread");
  const spreadRatio = parseRatio(spreadText);
  if (Number.isNaN(spreadRatio))
    return { error: t("cli.consolidate.badSpread", { value: spreadText ?? "" }) };
  const winnersText = value("--winners");
  const winners = winnersText === undefined ? undefined : (parseDecimal(winnersText) ?? NaN);
  if (winners !== undefined && !(Number.isInteger(winners) && winners >= 1))
    return { error: t("cli.consolidate.badWinners", { value: winnersText ?? "" }) };
  return { trim, passRatio, spreadRatio, winners };
}

type RoundInputs =
  { lines: string[] } | { roster?: RosterContext; consensus?: ConsensusSheetRead[] };

/** The roster and the consensus workbook named on the command line, read; lines to print on failure. */
export async function readRound(args: {
  rosterFile?: string;
  consensusFile?: string;
}): Promise<RoundInputs> {
  let roster: RosterContext | undefined;
  if (args.rosterFile !== undefined) {
    const loaded = await loadRound(args.rosterFile);
    if ("lines" in loaded) return { lines: loaded.lines };
    roster = { round: loaded.round, assignments: rosterAssignments(loaded.round) };
  }
  let consensus: ConsensusSheetRead[] | undefined;
  if (args.consensusFile !== undefined) {
    const read = await readConsensusFile(args.consensusFile);
    if ("lines" in read) return { lines: read.lines };
    consensus = read.sheets;
  }
  return { roster, consensus };
}

async function readConsensusFile(
  file: string
): Promise<{ lines: string[] } | { sheets: ConsensusSheetRead[] }> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(fs.readFileSync(file));
  } catch (e) {
    return { lines: [systemError(e, file).message] };
  }
  const read = await readConsensusWorkbook(bytes, file);
  if (!read.ok)
    return {
      lines: [t("cli.consolidate.consensusUnreadable", { path: file, reason: read.message })],
    };
  return { sheets: read.sheets };
}

/** Outputs that would overwrite an input, or an existing file without --force. */
function checkOutputs(args: ConsolidateArgs, files: CollectedFile[], io: CliIO): number | null {
  for (const out of [args.output, args.consensusOut]) {
    if (out === undefined) continue;
    if (outputIsInput(out, files)) {
      io.err(t("cli.consolidate.outputIsInput", { path: out }));
      return EXIT_USAGE;
    }
    if (fs.existsSync(out) && !args.force) {
      io.err(t("cli.template.exists", { path: out }));
      return EXIT_FAILED;
    }
  }
  return null;
}

async function writeOutputs(
  args: ConsolidateArgs,
  plans: SheetPlan[],
  result: ConsolidationResult,
  say: (text: string) => void
): Promise<string | null> {
  const outputs: [string | undefined, () => SheetPlan[]][] = [
    [args.output, () => plans],
    [args.consensusOut, () => planConsensus(standard, result, args.consensusScope)],
  ];
  for (const [path, plansOf] of outputs) {
    if (path === undefined) continue;
    try {
      writeFileAtomic(path, await writeXlsx(plansOf()));
    } catch (e) {
      return t("cli.template.writeFailed", { reason: (e as Error).message });
    }
    say(t("cli.consolidate.written", { path }));
  }
  return null;
}

export async function consolidateCommand(argv: string[], io: CliIO): Promise<number> {
  const args = readArgs(argv);
  if (args === "help") {
    io.out(consolidateUsage());
    return EXIT_OK;
  }
  if ("error" in args) return usageFailure(io, consolidateUsage)(args.error);
  const round = await readRound(args);
  if ("lines" in round) {
    round.lines.forEach((l) => io.err(l));
    return EXIT_FAILED;
  }
  const collected = collectFiles(args.paths);
  const refused = checkOutputs(args, collected.files, io);
  if (refused !== null) return refused;
  const total = collected.files.length;
  // Progress only where a person watches: a terminal (bin sets io.progress), never with --json.
  const progress = args.json ? undefined : io.progress;
  const run = await consolidateFiles(
    collected.files.map(fileSource),
    standard,
    // With a roster, the round's pass ratio unless --pass says otherwise.
    { ...args.asked, passRatio: args.asked.passRatio ?? round.roster?.round.passRatio },
    {
      concurrency: 4,
      onProgress: (done) => {
        if (progress && (done % 25 === 0 || done === total))
          progress(t("cli.consolidate.progress", { done, total }), done === total);
      },
    },
    { problems: collected.problems, files: collected.unreadableFiles },
    round.roster,
    round.consensus
  );
  if (run.kind === "cancelled") return EXIT_FAILED;
  const { result } = run;
  if (args.json) io.out(JSON.stringify(consolidationJson(result), null, 2));
  if (run.kind === "nothing") {
    io.err(t("cli.consolidate.nothing", { files: total, problems: result.problems.length }));
    return EXIT_FAILED;
  }
  // With --json, stdout carries only the JSON; what is said goes to stderr.
  const say = args.json ? io.err : io.out;
  const failed = await writeOutputs(args, run.plans, result, say);
  if (failed) {
    io.err(failed);
    return EXIT_FAILED;
  }
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
  return EXIT_OK;
}
