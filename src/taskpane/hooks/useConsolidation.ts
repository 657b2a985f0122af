/**
 * The secretariat's consolidation in the pane: the consolidate use case over the chosen files
 * (progress, cancel between files), then the plans written into the open workbook. Nothing is
 * written when cancelled or when no scoring sheet could be read.
 */
import { useCallback, useRef, useState } from "react";
import { warningCount } from "../../consolidate/types";
import { detectCapabilities } from "../../excel/capabilities";
import { writeConsolidationSheets } from "../../excel/write-consolidation";
import { defaultStandard, type TrimMode } from "../../standard";
import { t } from "../../strings";
import { consolidateFiles } from "../../workflows/consolidate-files";
import type { FileSource } from "../../workflows/ports";
import type { OfficeServices } from "../services";

export type ConsolidationState =
  | { phase: "idle" }
  | { phase: "reading"; done: number; total: number; file: string }
  | { phase: "writing" }
  | { phase: "done"; intent: "success" | "warning" | "error"; text: string };

const source = (file: File): FileSource => ({
  name: file.name,
  read: async () => new Uint8Array(await file.arrayBuffer()),
});

export function useConsolidation(services: OfficeServices) {
  const [state, setState] = useState<ConsolidationState>({ phase: "idle" });
  const cancelled = useRef(false);
  const finish = (intent: "success" | "warning" | "error", text: string) =>
    setState({ phase: "done", intent, text });

  const start = useCallback(
    async (files: File[], trim: TrimMode) => {
      if (files.length === 0) return finish("warning", t("cons.noFiles"));
      cancelled.current = false;
      try {
        setState({ phase: "reading", done: 0, total: files.length, file: files[0].name });
        const run = await consolidateFiles(
          files.map(source),
          defaultStandard,
          { trim },
          {
            isCancelled: () => cancelled.current,
            onProgress: (done, total) =>
              setState({
                phase: "reading",
                done,
                total,
                file: files[Math.min(done, total - 1)].name,
              }),
          }
        );
        if (run.kind === "cancelled") return finish("warning", t("cons.cancelled"));
        const { result } = run;
        if (run.kind === "nothing")
          return finish("error", t("cons.nothing", { problems: result.problems.length }));
        setState({ phase: "writing" });
        const caps = detectCapabilities(services.requirements);
        const names = await services.run((ctx) => writeConsolidationSheets(ctx, run.plans, caps));
        finish(
          result.problems.length ? "warning" : "success",
          t("cons.done", {
            files: result.filesRead,
            sheets: result.sheetsRead,
            counted: result.sheetsCounted,
            applications: result.applications.length,
            problems: result.problems.length,
            warnings: warningCount(result),
            names: names.join(t("sep.list")),
          })
        );
      } catch (e) {
        finish("error", t("pane.unexpected", { message: (e as Error)?.message ?? String(e) }));
      }
    },
    [services]
  );

  const cancel = useCallback(() => {
    cancelled.current = true;
  }, []);

  return { state, start, cancel };
}
