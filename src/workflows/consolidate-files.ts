/**
 * The use case "consolidate": read the judges' files, open each (never an exception), consolidate,
 * and plan the consolidation workbook. The CLI writes the plans to an .xlsx, the pane into the open
 * workbook; neither changes the result.
 */
import {
  CheckedFiles,
  consolidateChecked,
  consolidationOptions,
  type ConsolidationOptions,
  type ConsolidationResult,
  type FileInput,
  type PathProblems,
} from "../consolidate";
import type { Stage } from "../round";
import { parseDecimal, type SheetPlan } from "../sheet-kit";
import { consolidationWorkbook, type CommentsPrint } from "../secretariat-sheets/consolidation";
import { TRIM_MODES, type Standard, type TrimMode } from "../standard";
import { t } from "../strings";
import { openScoringWorkbook } from "../xlsx/open-scoring-workbook";
import type { ConsensusSheetRead } from "../workbook-format";
import type { Checked, FileSource, RunControl } from "./ports";
import type { RoundContext } from "./round-context";

/**
 * A stage's consolidation: one shape whatever the stage (the final of each application comes from
 * one of the stage's steps, src/round/stages.ts).
 */
export type ConsolidationRun =
  | { kind: "invalid"; message: string }
  | { kind: "cancelled" }
  /** No scoring sheet could be read: the result holds the problems, there is nothing to write. */
  | { kind: "nothing"; stage: Stage; result: ConsolidationResult }
  | {
      kind: "done";
      stage: Stage;
      result: ConsolidationResult;
      plans: SheetPlan[];
      /** How many of the sheets read have no score at all (all of them: the folder sent out?). */
      blankSheets: number;
    };

async function openSource(source: FileSource): Promise<FileInput> {
  let bytes: Uint8Array;
  try {
    bytes = await source.read();
  } catch (e) {
    // The port says, in zh-CN, why the file could not be read (missing, no permission …).
    const message = (e as Error)?.message ?? String(e);
    return { file: source.name, result: { ok: false, code: "unreadable", message } };
  }
  try {
    return { file: source.name, result: await openScoringWorkbook(bytes) };
  } catch (e) {
    const detail = (e as Error)?.message ?? String(e);
    const message = t("problem.unreadable", { detail });
    return { file: source.name, result: { ok: false, code: "unreadable", message } };
  }
}

/**
 * Every source opened and checked, in order; null when cancelled. Files are opened a few at a
 * time, and each one's sheets are let go as soon as it is checked (in file order), so memory
 * does not grow with what the files hold.
 */
async function checkAll(
  sources: FileSource[],
  standard: Standard,
  control: RunControl
): Promise<CheckedFiles | null> {
  const checked = new CheckedFiles(standard);
  const opened: (FileInput | undefined)[] = new Array(sources.length);
  let next = 0;
  let added = 0;
  let done = 0;
  let cancelled = false;
  let adding = Promise.resolve();
  // Adds the files opened so far, in order, one chain at a time.
  const addInOrder = () =>
    (adding = adding.then(async () => {
      while (added < sources.length && opened[added]) {
        await checked.add(opened[added]!);
        opened[added++] = undefined;
      }
    }));
  const worker = async () => {
    while (next < sources.length && !cancelled) {
      if (control.isCancelled?.()) {
        cancelled = true;
        return;
      }
      const i = next++;
      opened[i] = await openSource(sources[i]);
      control.onProgress?.(++done, sources.length, sources[i].name);
      await addInOrder();
    }
  };
  const workers = Math.max(1, Math.min(control.concurrency ?? 1, sources.length));
  await Promise.all(Array.from({ length: workers }, worker));
  await addInOrder();
  return cancelled || control.isCancelled?.() ? null : checked;
}

/** What a consolidation is asked for, beyond the round context. */
export interface ConsolidationRequest {
  sources: FileSource[];
  /** The final score's rule; "auto" when absent. */
  trim?: TrimMode;
  /** The 分歧 threshold (fraction of a sub-item's maximum); the rule's default when absent. */
  spreadRatio?: number;
  /** Proposed winners per item, as a number or as the user typed it; every passing one when absent. */
  winners?: number | string;
  /** Plan the summary workbook; true when absent (a caller that only wants the result says false). */
  summary?: boolean;
  /** Whether the summary's 评语 sheet prints ("print") or is for the screen ("screen", the default). */
  comments?: CommentsPrint;
  /** What was found before any file was read (paths missing, files skipped). */
  paths?: PathProblems;
  /** The filled 共识 sheets: they give the finals of the applications they complete. */
  consensus?: ConsensusSheetRead[];
  control?: RunControl;
}

/** Typed winners: blank is "not asked", anything but a decimal number is NaN. */
function winnersFromText(text: string): number | undefined {
  if (text.trim() === "") return undefined;
  return parseDecimal(text.trim()) ?? NaN;
}

/** The consolidation options in force, or the zh-CN reason the request cannot run. */
function optionsOf(
  context: RoundContext,
  request: ConsolidationRequest
): Checked<ConsolidationOptions> {
  const trim = request.trim ?? "auto";
  if (!TRIM_MODES.includes(trim))
    return { ok: false, message: t("cli.consolidate.badTrim", { value: String(trim) }) };
  const spread = request.spreadRatio;
  if (spread !== undefined && !(Number.isFinite(spread) && spread > 0 && spread <= 1))
    return { ok: false, message: t("cli.consolidate.badSpread", { value: String(spread) }) };
  const asked = request.winners;
  const winners = typeof asked === "string" ? winnersFromText(asked) : asked;
  if (winners !== undefined && !(Number.isInteger(winners) && winners >= 1))
    return { ok: false, message: t("cons.badWinners", { value: String(asked) }) };
  const options = consolidationOptions(context.standard, {
    trim,
    passRatio: context.passRatio,
    ...(spread !== undefined ? { spreadRatio: spread } : {}),
    ...(winners !== undefined ? { winners } : {}),
  });
  return { ok: true, value: options };
}

/**
 * The use case: one stage of the round consolidated — every file read and checked, the judges'
 * scores aggregated, the 共识 sheets taken where complete, the summary workbook planned.
 */
export async function consolidateRound(
  context: RoundContext,
  request: ConsolidationRequest
): Promise<ConsolidationRun> {
  const options = optionsOf(context, request);
  if (!options.ok) return { kind: "invalid", message: options.message };
  const { standard, roster, stage } = context;
  const checked = await checkAll(request.sources, standard, request.control ?? {});
  if (checked === null) return { kind: "cancelled" };
  const result = consolidateChecked(
    checked,
    options.value,
    standard,
    request.paths,
    roster,
    request.consensus
  );
  if (result.sheetsRead === 0) return { kind: "nothing", stage, result };
  const blankSheets = checked.checks.filter((c) => c.blank).length;
  // Every sheet as it was sent out: no summary of it (the caller says which folder was meant).
  const allBlank = blankSheets === result.sheetsRead;
  const plans =
    request.summary === false || allBlank
      ? []
      : consolidationWorkbook(standard, result, { comments: request.comments });
  return { kind: "done", stage, result, plans, blankSheets };
}
