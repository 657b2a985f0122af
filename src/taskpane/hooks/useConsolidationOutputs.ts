/**
 * What follows a consolidation in the pane: its 共识 sheets written as new sheets of the open
 * workbook, and its feedback reports as one .zip download (or where to get them).
 */
import { useCallback } from "react";
import { t } from "../../strings";
import { planConsensus, type ConsensusScope } from "../../workflows/consensus";
import { writeNewSheets } from "../../workflows/open-workbook/write-sheets";
import { canDownload } from "../host-files";
import type { OfficeServices } from "../services";
import { finisher, unexpected, type LastConsolidation, type SetState } from "./consolidation-state";

const loadWriters = () => import(/* webpackChunkName: "file-writers" */ "../file-writers");

/** The 共识 sheets of the last consolidation, written as new sheets of the open workbook. */
export function useConsensusSheets(
  services: OfficeServices,
  last: LastConsolidation,
  setState: SetState
) {
  return useCallback(
    async (scope: ConsensusScope) => {
      if (!last) return;
      const finish = finisher(setState);
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
        finish("error", unexpected(e));
      }
    },
    [last, services, setState]
  );
}

/** The feedback reports of the last consolidation, one .zip download (or where to get them). */
export function useReportDownload(
  services: OfficeServices,
  last: LastConsolidation,
  setState: SetState
) {
  return useCallback(
    async (withScores: boolean) => {
      if (!last) return;
      const finish = finisher(setState);
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
        finish("error", unexpected(e));
      }
    },
    [last, services, setState]
  );
}
