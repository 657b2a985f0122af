/**
 * The secretariat's consolidation in the pane: the consolidate use case over the chosen files
 * (progress, cancel between files), then the plans written into the open workbook. Nothing is
 * written when cancelled or when no scoring sheet could be read.
 */
import { useCallback, useRef, useState } from "react";
import { warningCount, type ConsolidationResult } from "../../consolidate/types";
import { rosterAssignments, type Round } from "../../round";
import type { TrimMode } from "../../standard";
import { t } from "../../strings";
import { consolidateRound } from "../../workflows/consolidate-files";
import { resolveRoundContext, type RoundContext } from "../../workflows/round-context";
import { planConsensus, type ConsensusScope } from "../../workflows/consensus";
import { readConsensusSheets } from "../../workflows/open-workbook/read-consensus";
import { writeNewSheets } from "../../workflows/open-workbook/write-sheets";
import type { FileSource } from "../../workflows/ports";
import { canDownload } from "../host-files";
import type { OfficeServices } from "../services";

const loadWriters = () => import(/* webpackChunkName: "file-writers" */ "../file-writers");

export type ConsolidationState =
  | { phase: "idle" }
  | { phase: "reading"; done: number; total: number; file: string }
  | { phase: "writing" }
  | { phase: "done"; intent: "success" | "warning" | "error"; text: string };

/** The last consolidation written, from which the 共识 sheets can be generated. */
export type LastConsolidation = { context: RoundContext; result: ConsolidationResult } | null;

const source = (file: File): FileSource => ({
  name: file.name,
  read: async () => new Uint8Array(await file.arrayBuffer()),
});

export function useConsolidation(services: OfficeServices) {
  const [state, setState] = useState<ConsolidationState>({ phase: "idle" });
  const [last, setLast] = useState<LastConsolidation>(null);
  const cancelled = useRef(false);
  const finish = (intent: "success" | "warning" | "error", text: string) =>
    setState({ phase: "done", intent, text });

  const start = useCallback(
    async (files: File[], trim: TrimMode, round: Round | null, winnersText = "") => {
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
        finish("error", t("pane.unexpected", { message: (e as Error)?.message ?? String(e) }));
      }
    },
    [services]
  );

  const cancel = useCallback(() => {
    cancelled.current = true;
  }, []);

  /** The 共识 sheets of the last consolidation, written as new sheets of the open workbook. */
  const generateConsensus = useCallback(
    async (scope: ConsensusScope) => {
      if (!last) return;
      try {
        setState({ phase: "writing" });
        const plans = planConsensus(last.context, { result: last.result, scope });
        if (plans.length === 0) return finish("warning", t("cons.consensusNone"));
        const names = await writeNewSheets(services.workbook, plans);
        finish(
          "success",
          t("cons.consensusDone", { count: names.length, names: names.join(t("sep.list")) })
        );
      } catch (e) {
        finish("error", t("pane.unexpected", { message: (e as Error)?.message ?? String(e) }));
      }
    },
    [last, services]
  );

  /** The feedback reports of the last consolidation, one .zip download (or where to get them). */
  const downloadReports = useCallback(
    async (withScores: boolean) => {
      if (!last) return;
      if (!canDownload(services.platform)) return finish("warning", t("cons.reportsUseCli"));
      try {
        setState({ phase: "writing" });
        const { writeReports, zipFiles } = await loadWriters();
        const reports = await writeReports(last.context, { result: last.result, withScores });
        const files = reports.map((r) => ({ name: r.fileName, bytes: r.bytes }));
        const file = t("cons.reportsZip");
        services.files.download(file, await zipFiles(files), "application/zip");
        const redacted = reports.reduce((n, r) => n + r.redactions, 0);
        const problems =
          (last.result.problems.length
            ? t("cons.reportsProblems", { count: last.result.problems.length })
            : "") + (redacted ? t("report.redactedNotice", { count: redacted }) : "");
        finish(
          problems ? "warning" : "success",
          t("cons.reportsDone", { count: files.length, file }) + problems
        );
      } catch (e) {
        finish("error", t("pane.unexpected", { message: (e as Error)?.message ?? String(e) }));
      }
    },
    [last, services]
  );

  return {
    state,
    start,
    cancel,
    hasResult: last !== null,
    generateConsensus,
    downloadReports,
  };
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
  const count = (state: string) => progress.filter((p) => p.state === state).length;
  return `${text}${t("cons.doneRoster", {
    finalized: count("finalized"),
    complete: count("complete"),
    incomplete: count("incomplete"),
    missing: count("missing"),
    pairs: progress.filter((p) => p.state !== "conflict").length,
  })}`;
}
