/**
 * mhscore — the command-line twin of the add-in. `run` takes argv and an output sink and
 * returns the exit code, so tests call it directly; bin/mhscore.js wires it to the process.
 */
import { t } from "../strings";
import { EXIT_OK, EXIT_USAGE, type CliIO } from "./io";
import { consolidateCommand } from "./consolidate-command";
import { templateCommand } from "./template-command";

export type { CliIO } from "./io";

type Command = (argv: string[], io: CliIO) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  template: templateCommand,
  consolidate: consolidateCommand,
};

export async function run(argv: string[], io: CliIO): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    io.out(t("cli.usage"));
    return command === undefined ? EXIT_USAGE : EXIT_OK;
  }
  if (!(command in COMMANDS)) {
    io.err(t("cli.unknownCommand", { command }));
    io.err(t("cli.usage"));
    return EXIT_USAGE;
  }
  return COMMANDS[command](rest, io);
}
