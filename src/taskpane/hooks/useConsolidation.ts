/**
 * The secretariat's consolidation in the pane: read the chosen files one by one (progress, cancel
 * between files), consolidate, write the summary sheets into the open workbook. Nothing is written
 * when cancelled or when no scoring sheet could be read.
 */
import { useCallback, useRef, useState } from "react";
import {
  consolidate,
  DEFAULT_OPTIONS,
  summaryPlans,
  type FileInput,
  type TrimMode,
} from "../../consolidate";
import { detectCapabilities } from "../../excel/capabilities";
import { writeSummarySheets } from "../../excel/write-summary";
import { defaultStandard } from "../../standard";
import { t } from "../../strings";
import { openScoringWorkbook } from "../../xlsx/open-scoring-workbook";
import type { OfficeServices } from "../services";

export type ConsolidationState =
  | { phase: "idle" }
  | { phase: "reading"; done: number; total: number; file: string }
  | { phase: "writing" }
  | { phase: "done"; intent: "success" | "warning" | "error"; text: string };

export function useConsolidation(services: OfficeServices) {
  const [state, setState] = useState<ConsolidationState>({ phase: "idle" });
  const cancelled = useRef(false);

  const start = useCallback(
    async (files: File[], trim: TrimMode) => {
      if (files.length === 0) {
        setState({ phase: "done", intent: "warning", text: t("cons.noFiles") });
        return;
      }
      cancelled.current = false;
      const inputs: FileInput[] = [];
      try {
        for (const [i, file] of files.entries()) {
          if (cancelled.current) {
            setState({ phase: "done", intent: "warning", text: t("cons.cancelled") });
            return;
          }
          setState({ phase: "reading", done: i, total: files.length, file: file.name });
          inputs.push({
            file: file.name,
            result: await openScoringWorkbook(new Uint8Array(await file.arrayBuffer())),
          });
        }
        if (cancelled.current) {
          setState({ phase: "done", intent: "warning", text: t("cons.cancelled") });
          return;
        }
        const result = await consolidate(inputs, { ...DEFAULT_OPTIONS, trim }, defaultStandard);
        if (result.sheetsRead === 0) {
          setState({
            phase: "done",
            intent: "error",
            text: t("cons.nothing", { problems: result.problems.length }),
          });
          return;
        }
        setState({ phase: "writing" });
        const caps = detectCapabilities(services.requirements);
        const names = await services.run((ctx) =>
          writeSummarySheets(ctx, summaryPlans(defaultStandard, result).plans, caps)
        );
        setState({
          phase: "done",
          intent: result.problems.length ? "warning" : "success",
          text: t("cons.done", {
            files: result.filesRead,
            sheets: result.sheetsRead,
            counted: result.sheetsCounted,
            applications: result.applications.length,
            problems: result.problems.length,
            names: names.join("、"),
          }),
        });
      } catch (e) {
        setState({
          phase: "done",
          intent: "error",
          text: t("pane.unexpected", { message: (e as Error)?.message ?? String(e) }),
        });
      }
    },
    [services]
  );

  const cancel = useCallback(() => {
    cancelled.current = true;
  }, []);

  return { state, start, cancel };
}
