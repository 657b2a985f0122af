/**
 * mhscore notice: the public notice (公示, an editable Word document) of the winners the award
 * committee decided in the summary workbook's 审定 sheet, with the period for objections. Thin:
 * the use case (src/workflows/notice.ts) reads and checks the sheet and writes the document.
 */
import * as fs from "fs";
import { t } from "../strings";
import { parseArgs, type OptionSpec } from "./args";
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, type CliIO, usageFailure } from "./io";
import { outputConflict } from "./output-guard";
import { systemError } from "./system-error";
import { commandUsage } from "./usage";
import { writeFileAtomic } from "./write-file";

export const OPTIONS: OptionSpec[] = [
  {
    name: "--output",
    alias: "-o",
    value: true,
    required: true,
    arg: "cli.arg.notice.output",
    help: "cli.opt.notice.output",
  },
  {
    name: "--from",
    value: true,
    required: true,
    arg: "cli.arg.notice.from",
    help: "cli.opt.notice.from",
  },
  {
    name: "--days",
    value: true,
    required: true,
    arg: "cli.arg.notice.days",
    help: "cli.opt.notice.days",
  },
  { name: "--contact", value: true, arg: "cli.arg.notice.contact", help: "cli.opt.notice.contact" },
  {
    name: "--organizer",
    value: true,
    arg: "cli.arg.notice.organizer",
    help: "cli.opt.notice.organizer",
  },
  { name: "--award", value: true, arg: "cli.arg.notice.award", help: "cli.opt.notice.award" },
  { name: "--date", value: true, arg: "cli.arg.notice.date", help: "cli.opt.notice.date" },
  { name: "--with-scores", value: false, help: "cli.opt.notice.withScores" },
  { name: "--force", value: false, help: "cli.opt.notice.force" },
  { name: "--help", alias: "-h", value: false, help: "cli.opt.help" },
];

export const noticeUsage = () =>
  commandUsage({
    command: "notice",
    operands: [{ arg: "cli.arg.notice.summary", help: "cli.arg.notice.summaryHelp" }],
    options: OPTIONS,
    notes: "cli.notice.notes",
  });

const source = (file: string) => ({
  name: file,
  read: async () => {
    try {
      return new Uint8Array(await fs.promises.readFile(file));
    } catch (e) {
      throw systemError(e, file);
    }
  },
});

export async function noticeCommand(argv: string[], io: CliIO): Promise<number> {
  const parsed = parseArgs(argv, OPTIONS, true);
  const fail = usageFailure(io, noticeUsage);
  if (!parsed.ok) return fail(parsed.error);
  if (parsed.flags.has("--help")) {
    io.out(noticeUsage());
    return EXIT_OK;
  }
  const value = (name: string) => parsed.values.get(name)?.[0];
  const [summary, ...extra] = parsed.positionals;
  if (summary === undefined) return fail(t("cli.notice.noSummary"));
  if (extra.length > 0) return fail(t("cli.notice.oneSummary", { extra: extra.join(" ") }));
  for (const required of ["--output", "--from", "--days"])
    if (value(required) === undefined) return fail(t("cli.args.required", { option: required }));
  const output = value("--output")!;
  const conflict = outputConflict([output], { ids: [], named: [summary] });
  if (conflict !== null) {
    io.err(conflict);
    return EXIT_USAGE;
  }
  if (fs.existsSync(output) && !parsed.flags.has("--force")) {
    io.err(t("cli.template.exists", { path: output }));
    return EXIT_FAILED;
  }
  const { writeNotice } = await import("../workflows/notice");
  const run = await writeNotice({
    summary: source(summary),
    from: value("--from")!,
    days: value("--days")!,
    withScores: parsed.flags.has("--with-scores"),
    contact: value("--contact"),
    organizer: value("--organizer"),
    date: value("--date"),
    award: value("--award"),
  });
  if (!run.ok) {
    io.err(run.message);
    run.problems.forEach((p) => io.err(`  ${p}`));
    return EXIT_FAILED;
  }
  try {
    writeFileAtomic(output, run.bytes);
  } catch (e) {
    io.err(t("cli.template.writeFailed", { reason: (e as Error).message }));
    return EXIT_FAILED;
  }
  io.out(t("cli.notice.done", { path: output, ...run.counts }));
  if (!value("--contact")) io.err(t("cli.notice.noContact"));
  return EXIT_OK;
}
