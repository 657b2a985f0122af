/**
 * What `mhscore consolidate` and `mhscore report` share: the roster and the 共识 workbook named on
 * the command line read, the round context resolved once (src/workflows/round-context.ts), the
 * paths collected, and the consolidation run through the one use case.
 */
import * as fs from "fs";
import type { RosterContext } from "../consolidate";
import { rosterAssignments } from "../round";
import type { Standard, TrimMode } from "../standard";
import { t } from "../strings";
import type { ConsensusSheetRead } from "../workbook-format";
import type { CommentsPrint } from "../secretariat-sheets/consolidation";
import { consolidateRound, type ConsolidationRun } from "../workflows/consolidate-files";
import type { FileSource } from "../workflows/ports";
import { resolveRoundContext, type RoundContext } from "../workflows/round-context";
import { readConsensusWorkbook } from "../xlsx/read-consensus";
import { collectFiles, type CollectedFile } from "./collect-files";
import { readRosterFile } from "./roster-file";
import { systemError } from "./system-error";

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

export interface RoundArgs {
  rosterFile?: string;
  consensusFile?: string;
  /** --pass, when given. */
  passRatio?: number;
}

type RoundInputs =
  { lines: string[] } | { context: RoundContext; consensus?: ConsensusSheetRead[] };

/** The roster and the consensus workbook read, and the run's context; lines to print on failure. */
export async function readRoundInputs(args: RoundArgs): Promise<RoundInputs> {
  let roster: RosterContext | undefined;
  if (args.rosterFile !== undefined) {
    const loaded = await readRosterFile(args.rosterFile);
    if ("lines" in loaded) return { lines: loaded.lines };
    roster = { round: loaded.round, assignments: rosterAssignments(loaded.round) };
  }
  const context = resolveRoundContext({ passRatio: args.passRatio, roster });
  if (!context.ok) return { lines: [context.message] };
  if (args.consensusFile === undefined) return { context: context.value };
  const read = await readConsensusFile(args.consensusFile, context.value.standard);
  if ("lines" in read) return { lines: read.lines };
  return { context: context.value, consensus: read.sheets };
}

async function readConsensusFile(
  file: string,
  standard: Standard
): Promise<{ lines: string[] } | { sheets: ConsensusSheetRead[] }> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(fs.readFileSync(file));
  } catch (e) {
    return { lines: [systemError(e, file).message] };
  }
  const read = await readConsensusWorkbook(bytes, file, standard);
  if (!read.ok)
    return {
      lines: [t("cli.consolidate.consensusUnreadable", { path: file, reason: read.message })],
    };
  return { sheets: read.sheets };
}

export interface ConsolidationArgs {
  paths: string[];
  trim?: TrimMode;
  spreadRatio?: number;
  winners?: number | string;
  /** Plan the summary workbook (false when only --json is asked). */
  summary?: boolean;
  /** How the summary's 评语 sheet prints. */
  comments?: CommentsPrint;
  /** Called with a zh-CN progress line (and whether it is the last) where a person watches. */
  progress?: (line: string, last: boolean) => void;
}

/** The consolidation of a round's files, from the collected paths; the inputs let the caller refuse outputs first. */
export async function consolidateFromPaths(
  inputs: { context: RoundContext; consensus?: ConsensusSheetRead[] },
  args: ConsolidationArgs,
  collected = collectFiles(args.paths)
): Promise<ConsolidationRun> {
  const total = collected.files.length;
  const { progress } = args;
  return consolidateRound(inputs.context, {
    sources: collected.files.map(fileSource),
    trim: args.trim,
    spreadRatio: args.spreadRatio,
    winners: args.winners,
    summary: args.summary,
    comments: args.comments,
    paths: { problems: collected.problems, files: collected.unreadableFiles },
    consensus: inputs.consensus,
    control: {
      concurrency: 4,
      onProgress: (done) => {
        if (progress && (done % 25 === 0 || done === total))
          progress(t("cli.consolidate.progress", { done, total }), done === total);
      },
    },
  });
}
