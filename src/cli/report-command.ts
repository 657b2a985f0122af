/**
 * mhscore report: one feedback report per application (Word, editable), from the judges' files —
 * with the roster and the consensus workbook when given — and with --pdf a PDF of each through
 * LibreOffice when it is installed. Never a judge's name in a report.
 */
import * as fs from "fs";
import * as path from "path";
import { t } from "../strings";
import { parseArgs, type OptionSpec } from "./args";
import { EXIT_FAILED, EXIT_OK, type CliIO, usageFailure } from "./io";
import { convertToPdf, findSoffice } from "./pdf";
import { collectFiles, missingPathLines } from "./collect-files";
import { consolidateFromPaths, readRoundInputs } from "./round-run";
import { makeFolder } from "./make-folder";
import { problemLines } from "./run-summary";
import { isSystemError, systemErrorMessage } from "./system-error";
import { commandUsage } from "./usage";
import { writeFileAtomic } from "./write-file";

export const OPTIONS: OptionSpec[] = [
  {
    name: "--output",
    alias: "-o",
    value: true,
    required: true,
    arg: "cli.arg.report.output",
    help: "cli.opt.report.output",
  },
  { name: "--roster", value: true, arg: "cli.arg.roster", help: "cli.opt.report.roster" },
  {
    name: "--consensus",
    value: true,
    arg: "cli.arg.report.consensus",
    help: "cli.opt.report.consensus",
  },
  { name: "--with-scores", value: false, help: "cli.opt.report.withScores" },
  { name: "--pdf", value: false, help: "cli.opt.report.pdf" },
  { name: "--force", value: false, help: "cli.opt.report.force" },
  { name: "--help", alias: "-h", value: false, help: "cli.opt.help" },
];

export const reportUsage = () =>
  commandUsage({
    command: "report",
    operands: [{ arg: "cli.arg.paths", help: "cli.arg.report.pathsHelp" }],
    options: OPTIONS,
    notes: "cli.report.notes",
  });

export async function reportCommand(argv: string[], io: CliIO): Promise<number> {
  const parsed = parseArgs(argv, OPTIONS, true);
  const fail = usageFailure(io, reportUsage);
  if (!parsed.ok) return fail(parsed.error);
  if (parsed.flags.has("--help")) {
    io.out(reportUsage());
    return EXIT_OK;
  }
  const output = parsed.values.get("--output")?.[0];
  if (parsed.positionals.length === 0) return fail(t("cli.consolidate.noPaths"));
  if (!output) return fail(t("cli.args.required", { option: "--output" }));
  const round = await readRoundInputs({
    rosterFile: parsed.values.get("--roster")?.[0],
    consensusFile: parsed.values.get("--consensus")?.[0],
  });
  if ("lines" in round) {
    round.lines.forEach((l) => io.err(l));
    return EXIT_FAILED;
  }
  const collected = collectFiles(parsed.positionals);
  const missing = missingPathLines(collected);
  if (missing.length > 0) {
    missing.forEach((l) => io.err(l));
    return EXIT_FAILED;
  }
  const run = await consolidateFromPaths(round, { paths: parsed.positionals }, collected);
  if (run.kind !== "done") {
    io.err(t("cli.report.nothing"));
    // Why: a path that could not be read says so, naming it.
    if (run.kind === "nothing") problemLines(run.result).forEach((l) => io.err(l));
    return EXIT_FAILED;
  }
  const { writeReports } = await import("../workflows/report");
  const withScores = parsed.flags.has("--with-scores");
  const reports = await writeReports(round.context, {
    result: run.result,
    withScores,
    onProgress: (done, total) =>
      io.progress?.(t("cli.report.progress", { done, total }), done === total),
  });
  const written = await writeFiles(reports, output, parsed.flags.has("--force"), io);
  if (written === null) return EXIT_FAILED;
  io.out(t("cli.report.done", { count: written.length, path: output }));
  // The reports rest on the consolidation: what it found wrong must not pass unseen.
  const problems = run.result.problems.length;
  if (problems) io.err(t("cli.report.problems", { count: problems }));
  const redacted = reports.reduce((n, r) => n + r.redactions, 0);
  if (redacted) io.err(t("report.redactedNotice", { count: redacted }));
  if (parsed.flags.has("--pdf")) return pdfs(written, output, io);
  return EXIT_OK;
}

async function writeFiles(
  reports: { fileName: string; bytes: Uint8Array }[],
  output: string,
  force: boolean,
  io: CliIO
): Promise<string[] | null> {
  const targets = reports.map((r) => path.join(output, r.fileName));
  const existing = targets.filter((p) => fs.existsSync(p));
  if (existing.length && !force) {
    io.err(t("cli.report.exist", { count: existing.length }));
    existing.forEach((p) => io.err(`  ${p}`));
    return null;
  }
  try {
    makeFolder(output);
    reports.forEach((r, i) => writeFileAtomic(targets[i], r.bytes));
  } catch (e) {
    io.err(t("cli.template.writeFailed", { reason: (e as Error).message }));
    return null;
  }
  return targets;
}

/** A PDF beside each report, through LibreOffice; said clearly when it is not installed. */
async function pdfs(files: string[], output: string, io: CliIO): Promise<number> {
  const soffice = findSoffice();
  if (!soffice) {
    io.err(t("cli.report.noLibreOffice"));
    return EXIT_FAILED;
  }
  try {
    await convertToPdf(soffice, files, output);
  } catch (e) {
    const reason = isSystemError(e)
      ? systemErrorMessage(e, String(e.path ?? output))
      : (e as Error).message;
    io.err(t("cli.report.pdfFailed", { reason }));
    return EXIT_FAILED;
  }
  io.out(t("cli.report.pdfDone", { count: files.length, path: output }));
  return EXIT_OK;
}
