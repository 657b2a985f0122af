/**
 * 新建评分表 from the pane: place the sheet (the application's existing one is offered, never
 * overwritten), then generate or re-apply it through the workflows and select its first score.
 */
import { useCallback, type MutableRefObject } from "react";
import type { ScoringSheetHeader } from "../../judge-sheets/scoring-sheet";
import { t } from "../../strings";
import { entryName } from "../../workbook-format/format-names";
import type { ScoringSheetRead } from "../../workbook-format/sheet-from-names";
import type { ScoreWatch } from "../../workbook-format/workbook-events";
import type { WorkbookPort } from "../../workbook-format/workbook-port";
import { rememberJudge } from "../../workflows/judge-sheet/judge-setting";
import type { ScoringSheetInfo, WorkbookSheets } from "../../workflows/judge-sheet/workbook-sheets";
import type { RoundContext } from "../../workflows/round-context";
import { loadOperations } from "./operations-chunk";
import type { ActionRunner } from "./useActionRunner";

export type GenerateOutcome = { kind: "done" } | { kind: "exists"; sheet: ScoringSheetInfo };

export interface GenerateDeps {
  workbook: WorkbookPort;
  context: RoundContext;
  act: ActionRunner["act"];
  setNotice: ActionRunner["setNotice"];
  loadActive: (sheetName: string) => Promise<ScoringSheetRead>;
  refreshSheets: () => Promise<WorkbookSheets>;
  guardRef: MutableRefObject<ScoreWatch | null>;
  setJudge: (judge: string) => void;
}

export function useGenerateSheet(deps: GenerateDeps) {
  const { workbook, context, act, setNotice, loadActive, refreshSheets, guardRef, setJudge } = deps;
  return useCallback(
    (app: ScoringSheetHeader, asked?: "reapply"): Promise<GenerateOutcome | undefined> =>
      act(async () => {
        const { generateSheet, placeScoringSheet } = await loadOperations();
        const sheets = await refreshSheets();
        const place = placeScoringSheet(app, sheets.scoring);
        const existing = place.kind === "existing" ? place.sheet : undefined;
        if (existing && asked !== "reapply") return { kind: "exists", sheet: existing } as const;
        const sheetName = existing?.sheetName ?? (place.kind === "new" ? place.sheetName : "");
        // A re-applied sheet is rebuilt (a new sheet takes the old one's place): watch it afresh.
        if (existing) guardRef.current?.forget(existing.sheetName);
        const mode = existing ? "reapply" : "new";
        const request = { header: app, sheetName, mode, workbook: sheets } as const;
        const result = await generateSheet(workbook, context, request);
        await rememberJudge(workbook, app.judge);
        setJudge(app.judge);
        await refreshSheets();
        const state = await loadActive(sheetName);
        const first = Object.keys(state.entries)[0];
        await workbook.select(sheetName, state.names[entryName("score", first)]);
        setNotice({
          intent: "success",
          text: existing
            ? t("form.reapplied", { count: result.keptEntries })
            : t("form.generated", { sheet: sheetName }),
        });
        return { kind: "done" } as const;
      }),
    [act, refreshSheets, workbook, context, loadActive, guardRef, setJudge, setNotice]
  );
}
