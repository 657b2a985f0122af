/**
 * The use case "consolidate": read the judges' files, open each (never an exception), consolidate,
 * and plan the consolidation workbook. The CLI writes the plans to an .xlsx, the pane into the open
 * workbook; neither changes the result.
 */
import {
  consolidate,
  type ConsolidationOptions,
  type ConsolidationResult,
  type FileInput,
  type PathProblems,
  type RosterContext,
} from "../consolidate";
import type { SheetPlan } from "../sheet-kit";
import { consolidationWorkbook } from "../sheets/consolidation";
import type { Standard } from "../standard";
import { t } from "../strings";
import { openScoringWorkbook } from "../xlsx/open-scoring-workbook";
import type { FileSource, RunControl } from "./ports";

export type ConsolidationRun =
  | { kind: "cancelled" }
  /** No scoring sheet could be read: the result holds the problems, there is nothing to write. */
  | { kind: "nothing"; result: ConsolidationResult }
  | { kind: "done"; result: ConsolidationResult; plans: SheetPlan[] };

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

/** Every source opened, in order; null when cancelled. */
async function openAll(sources: FileSource[], control: RunControl): Promise<FileInput[] | null> {
  const out: FileInput[] = new Array(sources.length);
  let next = 0;
  let done = 0;
  let cancelled = false;
  const worker = async () => {
    while (next < sources.length && !cancelled) {
      if (control.isCancelled?.()) {
        cancelled = true;
        return;
      }
      const i = next++;
      out[i] = await openSource(sources[i]);
      control.onProgress?.(++done, sources.length, sources[i].name);
    }
  };
  const workers = Math.max(1, Math.min(control.concurrency ?? 1, sources.length));
  await Promise.all(Array.from({ length: workers }, worker));
  return cancelled || control.isCancelled?.() ? null : out;
}

export async function consolidateFiles(
  sources: FileSource[],
  standard: Standard,
  asked: Partial<ConsolidationOptions> = {},
  control: RunControl = {},
  paths?: PathProblems,
  roster?: RosterContext
): Promise<ConsolidationRun> {
  const inputs = await openAll(sources, control);
  if (inputs === null) return { kind: "cancelled" };
  const result = await consolidate(inputs, asked, standard, paths, roster);
  if (result.sheetsRead === 0) return { kind: "nothing", result };
  return { kind: "done", result, plans: consolidationWorkbook(standard, result) };
}
