/** mhscore consolidate: read judges' workbooks, check, aggregate, write the summary and/or JSON. */
import * as fs from "fs";
import { consolidationJson, warningCount, type RosterContext } from "../consolidate";
import { rosterAssignments } from "../round";
import {
  AUTO_TRIM_MIN_JUDGES,
  DEFAULT_SPREAD_RATIO,
  defaultStandard,
  TRIM_MODES,
  type TrimMode,
} from "../standard";
import { t } from "../strings";
import { consolidateFiles, type FileSource } from "../workflows";
import { writeXlsx } from "./write-xlsx";
import { parseDecimal } from "../sheet-kit";
import { parseArgs, parseRatio, type OptionSpec } from "./args";
import { collectFiles, fileIdentity, type CollectedFile } from "./collect-files";
import { loadRound } from "./read-round";
import { EXIT_FAILED, EXIT_OK, type CliIO, usageFailure } from "./io";
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

const fileSource = (file: CollectedFile): FileSource => ({
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

export async function consolidateCommand(argv: string[], io: CliIO): Promise<number> {
  const parsed = parseArgs(argv, OPTIONS, true);
  const fail = usageFailure(io, consolidateUsage);
  if (!parsed.ok) return fail(parsed.error);
  if (parsed.flags.has("--help")) {
    io.out(consolidateUsage());
    return EXIT_OK;
  }
  const output = parsed.values.get("--output")?.[0];
  const json = parsed.flags.has("--json");
  if (parsed.positionals.length === 0) return fail(t("cli.consolidate.noPaths"));
  if (!output && !json) return fail(t("cli.consolidate.noOutput"));
  if (output && !/\.xlsx$/i.test(output))
    return fail(t("cli.template.badOutput", { path: output }));
  const trim = (parsed.values.get("--trim")?.[0] ?? "auto") as TrimMode;
  if (!TRIM_MODES.includes(trim)) return fail(t("cli.consolidate.badTrim", { value: trim }));
  const passText = parsed.values.get("--pass")?.[0];
  const passRatio = parseRatio(passText);
  if (Number.isNaN(passRatio)) return fail(t("cli.template.badPass", { value: passText ?? "" }));
  const spreadText = parsed.values.get("--spread")?.[0];
  const spreadRatio = parseRatio(spreadText);
  if (Number.isNaN(spreadRatio))
    return fail(t("cli.consolidate.badSpread", { value: spreadText ?? "" }));

  const winnersText = parsed.values.get("--winners")?.[0];
  const winners = winnersText === undefined ? undefined : (parseDecimal(winnersText) ?? NaN);
  if (winners !== undefined && !(Number.isInteger(winners) && winners >= 1))
    return fail(t("cli.consolidate.badWinners", { value: winnersText ?? "" }));

  const rosterFile = parsed.values.get("--roster")?.[0];
  let roster: RosterContext | undefined;
  if (rosterFile !== undefined) {
    const loaded = await loadRound(rosterFile);
    if ("lines" in loaded) {
      loaded.lines.forEach((l) => io.err(l));
      return EXIT_FAILED;
    }
    roster = { round: loaded.round, assignments: rosterAssignments(loaded.round) };
  }

  const collected = collectFiles(parsed.positionals);
  if (output) {
    if (outputIsInput(output, collected.files))
      return fail(t("cli.consolidate.outputIsInput", { path: output }));
    if (fs.existsSync(output) && !parsed.flags.has("--force")) {
      io.err(t("cli.template.exists", { path: output }));
      return EXIT_FAILED;
    }
  }
  const total = collected.files.length;
  // Progress only where a person watches: a terminal (bin sets io.progress), never with --json.
  const progress = json ? undefined : io.progress;
  const run = await consolidateFiles(
    collected.files.map(fileSource),
    standard,
    // With a roster, the round's pass ratio unless --pass says otherwise.
    { trim, passRatio: passRatio ?? roster?.round.passRatio, spreadRatio, winners },
    {
      concurrency: 4,
      onProgress: (done) => {
        if (progress && (done % 25 === 0 || done === total))
          progress(t("cli.consolidate.progress", { done, total }), done === total);
      },
    },
    { problems: collected.problems, files: collected.unreadableFiles },
    roster
  );
  if (run.kind === "cancelled") return EXIT_FAILED;
  const { result } = run;
  if (json) io.out(JSON.stringify(consolidationJson(result), null, 2));
  if (run.kind === "nothing") {
    io.err(t("cli.consolidate.nothing", { files: total, problems: result.problems.length }));
    return EXIT_FAILED;
  }
  if (output) {
    try {
      writeFileAtomic(output, await writeXlsx(run.plans));
    } catch (e) {
      io.err(t("cli.template.writeFailed", { reason: (e as Error).message }));
      return EXIT_FAILED;
    }
  }
  const summary = t("cli.consolidate.done", {
    files: total,
    sheets: result.sheetsRead,
    counted: result.sheetsCounted,
    applications: result.applications.length,
    problems: result.problems.length,
    warnings: warningCount(result),
  });
  // With --json, stdout carries only the JSON; the summary goes to stderr.
  (json ? io.err : io.out)(summary);
  if (output) (json ? io.err : io.out)(t("cli.consolidate.written", { path: output }));
  return EXIT_OK;
}
