/**
 * What a judge does on the active sheet from the pane: open it, write an entry, locate a cell,
 * go to the next unscored sub-item, submit and reopen. Each re-reads the sheet afterwards: the
 * workbook is the memory.
 */
import { useCallback, type MutableRefObject } from "react";
import { subItemsForItem, type Standard } from "../../standard";
import { t } from "../../strings";
import { entryName } from "../../workbook-format/format-names";
import type { ScoringSheetRead } from "../../workbook-format/sheet-from-names";
import type { ScoreWatch } from "../../workbook-format/workbook-events";
import type { WorkbookPort } from "../../workbook-format/workbook-port";
import type { EntryUpdate } from "../../workflows/judge-sheet/write-entry";
import type { ActionRunner } from "./useActionRunner";
import { loadOperations } from "./operations-chunk";

export interface SheetActionDeps {
  workbook: WorkbookPort;
  standard: Standard;
  act: ActionRunner["act"];
  setNotice: ActionRunner["setNotice"];
  loadActive: (sheetName: string) => Promise<ScoringSheetRead>;
  refreshSheets: () => Promise<unknown>;
  activeRef: MutableRefObject<ScoringSheetRead | null>;
  guardRef: MutableRefObject<ScoreWatch | null>;
  activeCode: string | null;
}

export function useSheetActions(deps: SheetActionDeps) {
  const { workbook, standard, act, setNotice, loadActive, refreshSheets } = deps;
  const { activeRef, guardRef, activeCode } = deps;
  const openSheet = useCallback(
    (sheetName: string) =>
      act(async () => {
        const state = await loadActive(sheetName);
        const first = Object.keys(state.entries)[0];
        await workbook.select(sheetName, state.names[entryName("score", first)]);
        setNotice({ intent: "success", text: t("form.opened", { sheet: sheetName }) });
      }),
    [act, loadActive, workbook, setNotice]
  );

  const write = useCallback(
    (code: string, update: EntryUpdate) =>
      act(async () => {
        const state = activeRef.current;
        if (!state) return false;
        guardRef.current?.noteOwnWriteOn(state.sheetName, [state.names[entryName("score", code)]]);
        const { writeEntry } = await loadOperations();
        await writeEntry(workbook, state.sheetName, code, update, state.entries[code]);
        await loadActive(state.sheetName);
        return true;
      }),
    [act, workbook, loadActive, activeRef, guardRef]
  );

  const locate = useCallback(
    (sheetName: string, address: string) => act(() => workbook.select(sheetName, address)),
    [act, workbook]
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
  }, [activeCode, locate, activeRef, setNotice, standard]);

  /** 提交评分 or 撤销提交: both lock or unlock the sheet and re-read it. */
  const changeSubmission = useCallback(
    (submitting: boolean) =>
      act(async () => {
        const state = activeRef.current;
        if (!state) return;
        const { submitSheet, reopenSheet } = await loadOperations();
        const operation = submitting ? submitSheet : reopenSheet;
        await operation(workbook, standard, state.sheetName);
        await loadActive(state.sheetName);
        await refreshSheets();
        const text = t(submitting ? "status.finalizedOk" : "status.reopenedOk");
        setNotice({ intent: "success", text });
      }),
    [act, workbook, standard, loadActive, refreshSheets, activeRef, setNotice]
  );
  const submit = useCallback(() => changeSubmission(true), [changeSubmission]);
  const reopen = useCallback(() => changeSubmission(false), [changeSubmission]);

  return { openSheet, write, locate, nextUnscored, submit, reopen };
}
