/**
 * mhscore — the command-line twin of the add-in. `run` takes argv and an output sink and
 * returns the exit code, so tests call it directly; bin/mhscore.js wires it to the process.
 *
 *   mhscore <command> [options]     mhscore help [command]     mhscore --version
 */
import * as fs from "fs";
import * as path from "path";
import { nearestWord } from "../standard";
import { t } from "../strings";
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, type CliIO } from "./io";
import type { OptionSpec } from "./args";
import * as consolidate from "./consolidate-command";
import * as distribute from "./distribute-command";
import * as roster from "./roster-command";
import * as report from "./report-command";
import * as template from "./template-command";

import { isSystemError, systemErrorMessage } from "./system-error";
export type { CliIO } from "./io";

/** Standard output failed (a full disk, a closed device): the sentence bin/mhscore.js prints. */
export function stdoutFailure(error: unknown): string {
  return systemErrorMessage(error, t("cli.stdout"));
}

interface Command {
  run(argv: string[], io: CliIO): Promise<number>;
  usage(): string;
  /** Every option it takes (its usage lists each one: test/cli/cli-usage.test.ts). */
  options: readonly OptionSpec[];
}

export const COMMANDS: Record<string, Command> = {
  template: {
    run: template.templateCommand,
    usage: () => template.templateUsage(),
    options: template.OPTIONS,
  },
  consolidate: {
    run: consolidate.consolidateCommand,
    usage: consolidate.consolidateUsage,
    options: consolidate.OPTIONS,
  },
  roster: { run: roster.rosterCommand, usage: roster.rosterUsage, options: roster.OPTIONS },
  distribute: {
    run: distribute.distributeCommand,
    usage: distribute.distributeUsage,
    options: distribute.OPTIONS,
  },
  report: { run: report.reportCommand, usage: report.reportUsage, options: report.OPTIONS },
};

/** "没有这个命令", and the command meant when one is close (src/standard/nearest-word.ts). */
function unknownCommand(command: string, io: CliIO): number {
  io.err(t("cli.unknownCommand", { command }));
  const near = nearestWord(command, Object.keys(COMMANDS));
  if (near) io.err(t("cli.didYouMean", { command: near }));
  io.err(t("cli.usage"));
  return EXIT_USAGE;
}

/** The version in package.json (lib/cli and src/cli both sit two folders below it). */
export function version(): string {
  const file = path.join(__dirname, "..", "..", "package.json");
  return String(JSON.parse(fs.readFileSync(file, "utf8")).version);
}

/** mhscore help [command]: the overview (with the exit codes), or one command's usage. */
function help(topic: string | undefined, io: CliIO): number {
  if (topic === undefined) {
    io.out(t("cli.usage"));
    return EXIT_OK;
  }
  const command = COMMANDS[topic];
  if (!command) return unknownCommand(topic, io);
  io.out(command.usage());
  return EXIT_OK;
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined) {
    io.out(t("cli.usage"));
    return EXIT_USAGE;
  }
  if (command === "--version" || command === "-v") {
    io.out(t("cli.version", { version: version() }));
    return EXIT_OK;
  }
  if (command === "help" || command === "--help" || command === "-h") return help(rest[0], io);
  if (!(command in COMMANDS)) return unknownCommand(command, io);
  try {
    return await COMMANDS[command].run(rest, io);
  } catch (e) {
    // A system error no command caught: still one zh-CN line naming the path, never a trace.
    if (!isSystemError(e)) throw e;
    io.err(systemErrorMessage(e, String(e.path ?? t("cli.unknownPath"))));
    return EXIT_FAILED;
  }
}
