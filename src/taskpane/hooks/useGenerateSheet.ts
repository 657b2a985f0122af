/**
 * 新建评分表 from the pane: place the sheet (the application's existing one is offered, never
 * overwritten), then generate or re-apply it through src/excel and select its first score.
 */
import { useCallback, type MutableRefObject } from "react";
import type { Capabilities } from "../../excel/capabilities";
import type { ScoreGuard } from "../../excel/score-guard";
import {
  rememberJudge,
  selectCell,
  type ScoringSheetInfo,
  type WorkbookSheets,
} from "../../excel/workbook-session";
import type { ScoringSheetHeader } from "../../sheets/scoring-sheet";
import { defaultStandard as standard } from "../../standard";
import { t } from "../../strings";
import { entryName } from "../../workbook-format/format-names";
import type { ScoringSheetRead } from "../../workbook-format/sheet-from-names";
import type { OfficeServices } from "../services";
import { loadOperations } from "./operations-chunk";
import type { ActionRunner } from "./useActionRunner";

export type GenerateOutcome = { kind: "done" } | { kind: "exists"; sheet: ScoringSheetInfo };

export interface GenerateDeps {
  run: OfficeServices["run"];
  act: ActionRunner["act"];
  setNotice: ActionRunner["setNotice"];
  caps: Capabilities;
  loadActive: (sheetName: string) => Promise<ScoringSheetRead>;
  refreshSheets: () => Promise<WorkbookSheets>;
  guardRef: MutableRefObject<ScoreGuard | null>;
  setJudge: (judge: string) => void;
}

export function useGenerateSheet(deps: GenerateDeps) {
  const { run, act, setNotice, caps, loadActive, refreshSheets, guardRef, setJudge } = deps;
  return useCallback(
    (app: ScoringSheetHeader, mode?: "reapply"): Promise<GenerateOutcome | undefined> =>
      act(async () => {
        const { generateScoringSheet, placeScoringSheet } = await loadOperations();
        const workbook = await refreshSheets();
        const place = placeScoringSheet(app, workbook.scoring);
        const existing = place.kind === "existing" ? place.sheet : undefined;
        if (existing && mode !== "reapply") return { kind: "exists", sheet: existing } as const;
        const sheetName = existing?.sheetName ?? (place.kind === "new" ? place.sheetName : "");
        // A re-applied sheet is rebuilt (a new sheet takes the old one's place): watch it afresh.
        if (existing) guardRef.current?.forget(existing.sheetName);
        const result = await run((ctx) =>
          generateScoringSheet(
            ctx,
            { standard, header: app, sheetName, mode: existing ? "reapply" : "new", workbook },
            caps
          )
        );
        await run((ctx) => rememberJudge(ctx, app.judge));
        setJudge(app.judge);
        await refreshSheets();
        const state = await loadActive(sheetName);
        const first = Object.keys(state.entries)[0];
        await run((ctx) => selectCell(ctx, sheetName, state.names[entryName("score", first)]));
        setNotice({
          intent: "success",
          text: existing
            ? t("form.reapplied", { count: result.keptEntries })
            : t("form.generated", { sheet: sheetName }),
        });
        return { kind: "done" } as const;
      }),
    [act, refreshSheets, run, caps, loadActive, guardRef, setJudge, setNotice]
  );
}
