/**
 * The secretariat's consolidation in the pane: the consolidate use case over the chosen files
 * (progress, cancel between files), then the plans written into the open workbook. Nothing is
 * written when cancelled or when no scoring sheet could be read. What follows from the last one
 * (its 共识 sheets, its reports) is in useConsolidationOutputs.
 */
import { useCallback, useRef, useState } from "react";
import { progressCounts } from "../../consolidate/progress-counts";
import { warningCount, type ConsolidationResult } from "../../consolidate/types";
import { rosterAssignments, type Round } from "../../round";
import type { TrimMode } from "../../standard";
import { t } from "../../strings";
import { consolidateRound } from "../../workflows/consolidate-files";
import { resolveRoundContext } from "../../workflows/round-context";
import { readConsensusSheets } from "../../workflows/open-workbook/read-consensus";
import { writeNewSheets } from "../../workflows/open-workbook/write-sheets";
import type { FileSource } from "../../workflows/ports";
import type { OfficeServices } from "../services";
import {
  finisher,
  unexpected,
  type ConsolidationState,
  type LastConsolidation,
  type SetState,
} from "./consolidation-state";
import { useConsensusSheets, useReportDownload } from "./useConsolidationOutputs";

export type { ConsolidationState, LastConsolidation };

const source = (file: File): FileSource => ({
  name: file.name,
  read: async () => new Uint8Array(await file.arrayBuffer()),
});

export function useConsolidation(services: OfficeServices) {
  const [state, setState] = useState<ConsolidationState>({ phase: "idle" });
  const [last, setLast] = useState<LastConsolidation>(null);
  const { start, cancel } = useConsolidationRun(services, setState, setLast);
  const generateConsensus = useConsensusSheets(services, last, setState);
  const downloadReports = useReportDownload(services, last, setState);
  return {
    state,
    start,
    cancel,
    hasResult: last !== null,
    generateConsensus,
    downloadReports,
  };
}

/** 开始汇总 and its cancel: the chosen files read and consolidated, the plans written. */
function useConsolidationRun(
  services: OfficeServices,
  setState: SetState,
  setLast: (last: LastConsolidation) => void
) {
  const cancelled = useRef(false);
  const start = useCallback(
    async (files: File[], trim: TrimMode, round: Round | null, winnersText = "") => {
      const finish = finisher(setState);
      if (files.length === 0) return finish("warning", t("cons.noFiles"));
      const roster = round ? { round, assignments: rosterAssignments(round) } : undefined;
      const context = resolveRoundContext({ standard: services.context.standard, roster });
      if (!context.ok) return finish("error", context.message);
      cancelled.current = false;
      try {
        setState({ phase: "reading", done: 0, total: files.length, file: files[0].name });
        // 共识 sheets already in the workbook (after the meeting) give the finals they complete.
        const consensus = await readConsensusSheets(
          services.workbook,
          context.value.standard,
          t("cons.thisWorkbook")
        );
        const run = await consolidateRound(context.value, {
          sources: files.map(source),
          trim,
          winners: winnersText,
          consensus,
          control: {
            isCancelled: () => cancelled.current,
            onProgress: (done, total) =>
              setState({
                phase: "reading",
                done,
                total,
                file: files[Math.min(done, total - 1)].name,
              }),
          },
        });
        if (run.kind === "invalid") return finish("error", run.message);
        if (run.kind === "cancelled") return finish("warning", t("cons.cancelled"));
        const { result } = run;
        if (run.kind === "nothing")
          return finish("error", t("cons.nothing", { problems: result.problems.length }));
        setState({ phase: "writing" });
        const names = await writeNewSheets(services.workbook, run.plans);
        setLast({ context: context.value, result });
        const text = doneText(result, names) + consensusText(result, consensus.length);
        finish(result.problems.length ? "warning" : "success", text);
      } catch (e) {
        finish("error", unexpected(e));
      }
    },
    [services, setState, setLast]
  );

  const cancel = useCallback(() => {
    cancelled.current = true;
  }, []);
  return { start, cancel };
}

/** How the 共识 sheets found in the workbook were used. */
function consensusText(result: ConsolidationResult, sheets: number): string {
  if (sheets === 0) return "";
  const used = result.applications.filter((a) => a.finalSource === "consensus").length;
  return t("cons.consensusUsed", { sheets, used });
}

/** What was read, counted and written; with a roster, the progress of every pair too. */
function doneText(result: ConsolidationResult, names: string[]): string {
  const text = t("cons.done", {
    files: result.filesRead,
    sheets: result.sheetsRead,
    counted: result.sheetsCounted,
    applications: result.applications.length,
    problems: result.problems.length,
    warnings: warningCount(result),
    names: names.join(t("sep.list")),
  });
  const progress = result.round?.progress;
  if (!progress) return text;
  const counts = progressCounts(progress);
  return `${text}${t("cons.doneRoster", { ...counts, pairs: counts.due })}`;
}
