/**
 * mhscore — the command-line twin of the add-in. `run` takes argv and an output sink and
 * returns the exit code, so tests call it directly; bin/mhscore.js wires it to the process.
 * Exit codes: 0 done, 1 nothing could be done, 2 usage error.
 */
import { t } from "../strings";

export interface CliIO {
  out(text: string): void;
  err(text: string): void;
}

export const EXIT_OK = 0;
export const EXIT_USAGE = 2;

const COMMANDS = ["template", "consolidate"];

export async function run(argv: string[], io: CliIO): Promise<number> {
  const [command] = argv;
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    io.out(t("cli.usage"));
    return command === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (COMMANDS.includes(command)) {
    io.err(t("cli.notYet", { command }));
    return EXIT_USAGE;
  }
  io.err(t("cli.unknownCommand", { command }));
  io.err(t("cli.usage"));
  return EXIT_USAGE;
}
