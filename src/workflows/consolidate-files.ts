/**
 * The use case "consolidate": read the judges' files, open each (never an exception), consolidate,
 * and plan the consolidation workbook. The CLI writes the plans to an .xlsx, the pane into the open
 * workbook; neither changes the result.
 */
import {
  CheckedFiles,
  consolidateChecked,
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
import type { ConsensusSheetRead } from "../workbook-format";
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

export async function consolidateFiles(
  sources: FileSource[],
  standard: Standard,
  asked: Partial<ConsolidationOptions> = {},
  control: RunControl = {},
  paths?: PathProblems,
  roster?: RosterContext,
  consensus?: ConsensusSheetRead[]
): Promise<ConsolidationRun> {
  const checked = await checkAll(sources, standard, control);
  if (checked === null) return { kind: "cancelled" };
  const result = consolidateChecked(checked, asked, standard, paths, roster, consensus);
  if (result.sheetsRead === 0) return { kind: "nothing", result };
  return { kind: "done", result, plans: consolidationWorkbook(standard, result) };
}
