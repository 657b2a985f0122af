/**
 * mhscore consolidate --roster 名册.xlsx 资料评审/ 现场评审/: with a roster of several stages and
 * several paths, each path is one stage in the roster's order; every stage consolidated by its
 * own rules, then the combined result — the workbook (-o) and/or the JSON of every stage.
 */
import { stagesJson } from "../consolidate";
import { t } from "../strings";
import { consolidateStages } from "../workflows/consolidate-stages";
import type { RoundContext } from "../workflows/round-context";
import { collectFiles, missingPathLines, type CollectedFile } from "./collect-files";
import { printJson } from "./json-out";
import { EXIT_FAILED, EXIT_OK, type CliIO } from "./io";
import { fileSource } from "./round-run";
import { problemLines } from "./run-summary";
import { writeFileAtomic } from "./write-file";
import { writeXlsx } from "./write-xlsx";

export interface StagesArgs {
  paths: string[];
  output?: string;
  json: boolean;
  asked: { trim: import("../standard").TrimMode; spreadRatio?: number; winners?: string };
  comments: import("../secretariat-sheets/consolidation").CommentsPrint;
  /** Options that belong to one stage's consolidation (--consensus, --consensus-out), if given. */
  oneStageOnly: string[];
}

/** The round's stages consolidated and combined; `refuse` checks the outputs against the inputs. */
export async function consolidateStagesCommand(
  args: StagesArgs,
  context: RoundContext,
  io: CliIO,
  refuse: (files: CollectedFile[]) => number | null
): Promise<number> {
  if (args.oneStageOnly.length > 0) {
    io.err(t("combined.oneStageOnly", { options: args.oneStageOnly.join(t("sep.list")) }));
    return EXIT_FAILED;
  }
  const collected = args.paths.map((p) => collectFiles([p]));
  const missing = collected.flatMap(missingPathLines);
  if (missing.length > 0) {
    missing.forEach((l) => io.err(l));
    return EXIT_FAILED;
  }
  const refused = refuse(collected.flatMap((c) => c.files));
  if (refused !== null) return refused;
  const run = await consolidateStages(context, {
    ...args.asked,
    sets: collected.map((c, i) => ({
      label: args.paths[i],
      sources: c.files.map(fileSource),
      paths: { problems: c.problems, files: c.unreadableFiles },
    })),
    summary: args.output !== undefined,
    texts: false,
    comments: args.comments,
  });
  if (run.kind === "invalid") {
    io.err(run.message);
    return EXIT_FAILED;
  }
  if (run.kind === "cancelled") return EXIT_FAILED;
  const say = args.json ? io.err : io.out;
  run.runs.forEach(({ stage, label }, i) =>
    say(t("combined.setOf", { n: i + 1, label, stage: stage.name, weight: stage.weight }))
  );
  if (args.json) printJson(io.out, stagesJson(run.stages, run.combined), []);
  if (args.output !== undefined) {
    try {
      writeFileAtomic(args.output, await writeXlsx(run.plans));
    } catch (e) {
      io.err(t("cli.template.writeFailed", { reason: (e as Error).message }));
      return EXIT_FAILED;
    }
    say(t("cli.consolidate.written", { path: args.output }));
  }
  for (const { stage, result } of run.stages) {
    say(
      t("combined.stageDone", {
        stage: stage.name,
        sheets: result.sheetsRead,
        counted: result.sheetsCounted,
        problems: result.problems.length,
      })
    );
    if (!args.json) problemLines(result).forEach((l) => io.out(l));
  }
  const ranked = run.combined.filter((a) => a.combined !== null).length;
  say(t("combined.done", { ranked, total: run.combined.length }));
  return EXIT_OK;
}
