/** mhscore roster: an empty roster workbook (名册) to fill in for an award round. */
import * as fs from "fs";
import { t } from "../strings";
import { resolveRoundContext } from "../workflows/round-context";
import { planBlankRoster } from "../workflows/roster";
import { writeXlsx } from "./write-xlsx";
import { parseArgs, type OptionSpec } from "./args";
import { EXIT_FAILED, EXIT_OK, type CliIO, usageFailure } from "./io";
import { commandUsage } from "./usage";
import { writeFileAtomic } from "./write-file";

export const OPTIONS: OptionSpec[] = [
  {
    name: "--output",
    alias: "-o",
    value: true,
    required: true,
    arg: "cli.arg.roster",
    help: "cli.opt.roster.output",
  },
  { name: "--force", value: false, help: "cli.opt.force" },
  { name: "--help", alias: "-h", value: false, help: "cli.opt.help" },
];

export const rosterUsage = () =>
  commandUsage({ command: "roster", options: OPTIONS, notes: "cli.roster.notes" });

export async function rosterCommand(argv: string[], io: CliIO): Promise<number> {
  const parsed = parseArgs(argv, OPTIONS);
  const fail = usageFailure(io, rosterUsage);
  if (!parsed.ok) return fail(parsed.error);
  if (parsed.flags.has("--help")) {
    io.out(rosterUsage());
    return EXIT_OK;
  }
  const output = parsed.values.get("--output")?.[0];
  if (!output) return fail(t("cli.args.required", { option: "--output" }));
  if (!/\.xlsx$/i.test(output)) return fail(t("cli.template.badOutput", { path: output }));
  if (fs.existsSync(output) && !parsed.flags.has("--force")) {
    io.err(t("cli.template.exists", { path: output }));
    return EXIT_FAILED;
  }
  const context = resolveRoundContext({});
  if (!context.ok) return fail(context.message);
  try {
    writeFileAtomic(output, await writeXlsx(planBlankRoster(context.value)));
  } catch (e) {
    io.err(t("cli.template.writeFailed", { reason: (e as Error).message }));
    return EXIT_FAILED;
  }
  io.out(t("cli.roster.done", { path: output }));
  return EXIT_OK;
}
