/**
 * mhscore — the command-line twin of the add-in. `run` takes argv and an output sink and
 * returns the exit code, so tests call it directly; bin/mhscore.js wires it to the process.
 *
 *   mhscore <command> [options]     mhscore help [command]     mhscore --version
 */
import * as fs from "fs";
import * as path from "path";
import { t } from "../strings";
import { EXIT_OK, EXIT_USAGE, type CliIO } from "./io";
import { consolidateCommand, consolidateUsage } from "./consolidate-command";
import { distributeCommand, distributeUsage } from "./distribute-command";
import { rosterCommand, rosterUsage } from "./roster-command";
import { reportCommand, reportUsage } from "./report-command";
import { templateCommand, templateUsage } from "./template-command";

import { systemErrorMessage } from "./system-error";
export type { CliIO } from "./io";

/** Standard output failed (a full disk, a closed device): the sentence bin/mhscore.js prints. */
export function stdoutFailure(error: unknown): string {
  return systemErrorMessage(error, t("cli.stdout"));
}

interface Command {
  run(argv: string[], io: CliIO): Promise<number>;
  usage(): string;
}

const COMMANDS: Record<string, Command> = {
  template: { run: (argv, io) => templateCommand(argv, io), usage: () => templateUsage() },
  consolidate: { run: consolidateCommand, usage: consolidateUsage },
  roster: { run: rosterCommand, usage: rosterUsage },
  distribute: { run: distributeCommand, usage: distributeUsage },
  report: { run: reportCommand, usage: reportUsage },
};

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
  if (!command) {
    io.err(t("cli.unknownCommand", { command: topic }));
    io.err(t("cli.usage"));
    return EXIT_USAGE;
  }
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
  if (!(command in COMMANDS)) {
    io.err(t("cli.unknownCommand", { command }));
    io.err(t("cli.usage"));
    return EXIT_USAGE;
  }
  return COMMANDS[command].run(rest, io);
}
