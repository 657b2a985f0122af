/**
 * What a judge does on the active sheet from the pane: open it, write an entry, locate a cell,
 * go to the next unscored sub-item, finalize and reopen. Each re-reads the sheet afterwards: the
 * workbook is the memory.
 */
import { useCallback, type MutableRefObject } from "react";
import type { ScoreGuard } from "../../excel/score-guard";
import { selectCell } from "../../excel/workbook-session";
import type { EntryUpdate } from "../../excel/write-entry";
import { defaultStandard as standard, subItemsForItem } from "../../standard";
import { t } from "../../strings";
import { entryName } from "../../workbook-format/format-names";
import type { ScoringSheetRead } from "../../workbook-format/sheet-from-names";
import type { OfficeServices } from "../services";
import type { ActionRunner } from "./useActionRunner";
import { loadOperations } from "./operations-chunk";

export interface SheetActionDeps {
  run: OfficeServices["run"];
  act: ActionRunner["act"];
  setNotice: ActionRunner["setNotice"];
  loadActive: (sheetName: string) => Promise<ScoringSheetRead>;
  refreshSheets: () => Promise<unknown>;
  activeRef: MutableRefObject<ScoringSheetRead | null>;
  guardRef: MutableRefObject<ScoreGuard | null>;
  activeCode: string | null;
}

export function useSheetActions(deps: SheetActionDeps) {
  const { run, act, setNotice, loadActive, refreshSheets, activeRef, guardRef, activeCode } = deps;
  const openSheet = useCallback(
    (sheetName: string) =>
      act(async () => {
        const state = await loadActive(sheetName);
        const first = Object.keys(state.entries)[0];
        await run((ctx) => selectCell(ctx, sheetName, state.names[entryName("score", first)]));
        setNotice({ intent: "success", text: t("form.opened", { sheet: sheetName }) });
      }),
    [act, loadActive, run, setNotice]
  );

  const write = useCallback(
    (code: string, update: EntryUpdate) =>
      act(async () => {
        const state = activeRef.current;
        if (!state) return false;
        guardRef.current?.noteOwnWriteOn(state.sheetName, [state.names[entryName("score", code)]]);
        const { writeEntry } = await loadOperations();
        await run((ctx) => writeEntry(ctx, state.sheetName, code, update, state.entries[code]));
        await loadActive(state.sheetName);
        return true;
      }),
    [act, run, loadActive, activeRef, guardRef]
  );

  const locate = useCallback(
    (sheetName: string, address: string) =>
      act(() => run((ctx) => selectCell(ctx, sheetName, address))),
    [act, run]
  );

  const nextUnscored = useCallback(async () => {
    const state = activeRef.current;
    if (!state) return;
    const codes = subItemsForItem(standard, Number(state.item)).map((s) => s.code);
    const start = activeCode ? codes.indexOf(activeCode) + 1 : 0;
    const order = [...codes.slice(start), ...codes.slice(0, start)];
    const next = order.find((c) => {
      const v = state.entries[c]?.score;
      return v === null || v === undefined || v === "";
    });
    if (!next) {
      setNotice({ intent: "info", text: t("guide.allScored") });
      return;
    }
    await locate(state.sheetName, state.names[entryName("score", next)]);
  }, [activeCode, locate, activeRef, setNotice]);

  /** 提交评分 or 撤销提交: both lock or unlock the sheet and re-read it. */
  const changeFinalization = useCallback(
    (finalizing: boolean) =>
      act(async () => {
        const state = activeRef.current;
        if (!state) return;
        const { finalizeSheet, reopenSheet } = await loadOperations();
        const operation = finalizing ? finalizeSheet : reopenSheet;
        await run(async (ctx) => void (await operation(ctx, state.sheetName, standard)));
        await loadActive(state.sheetName);
        await refreshSheets();
        const text = t(finalizing ? "status.finalizedOk" : "status.reopenedOk");
        setNotice({ intent: "success", text });
      }),
    [act, run, loadActive, refreshSheets, activeRef, setNotice]
  );
  const finalize = useCallback(() => changeFinalization(true), [changeFinalization]);
  const reopen = useCallback(() => changeFinalization(false), [changeFinalization]);

  return { openSheet, write, locate, nextUnscored, finalize, reopen };
}
