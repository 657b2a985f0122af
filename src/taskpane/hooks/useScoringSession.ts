/**
 * The judge's session with the workbook: every host call the pane makes goes through here and the
 * hooks it composes (the sheets it knows and the selection, the start, generation, the sheet
 * actions; the workflows, over the services' workbook port), never through render. The workbook
 * is the memory: the state below is always re-read from the sheet, so nothing lives only in the
 * pane.
 */
import { useCallback, useState } from "react";
// Only what the first screen needs is imported statically; generation, writing and submission
// load on demand (see loadOperations), which keeps the initial JavaScript small.
import type { OfficeServices } from "../services";
import { loadOperations } from "./operations-chunk";
import { useActionRunner, type Notice } from "./useActionRunner";
import { useActiveSheet, useFollowSelection, useScoringSheets } from "./useActiveSheet";
import { useGenerateSheet } from "./useGenerateSheet";
import { useSessionStart } from "./useSessionStart";
import { useSheetActions } from "./useSheetActions";
import { useSubmitPreference } from "./useSubmitPreference";

export { loadOperations };
export type { Notice };

export type { GenerateOutcome } from "./useGenerateSheet";

export function useScoringSession(services: OfficeServices) {
  const { workbook, events } = services;
  const { standard } = services.context;
  const hostNotes = services.hostNotes;
  const [judge, setJudge] = useState("");
  const { busy, notice, setNotice, act, reportError } = useActionRunner();
  const { sheets, sheetsRef, refreshSheets } = useScoringSheets(workbook);
  const { active, activeRef, guardRef, loadActive } = useActiveSheet(workbook);
  const { activeCode, onScoringSheet, followSelection } = useFollowSelection({
    events,
    sheetsRef,
    activeRef,
    loadActive,
    setNotice,
  });
  const invalid = useSessionStart({
    workbook,
    events,
    standard,
    activeRef,
    guardRef,
    loadActive,
    refreshSheets,
    followSelection,
    setJudge,
    setNotice,
    reportError,
  });
  const generate = useGenerateSheet({
    workbook,
    context: services.context,
    act,
    setNotice,
    loadActive,
    refreshSheets,
    guardRef,
    setJudge,
  });
  const actions = useSheetActions({
    workbook,
    standard,
    act,
    setNotice,
    loadActive,
    refreshSheets,
    activeRef,
    guardRef,
    activeCode,
  });
  const { confirmSubmit, loadSubmitPreference, setConfirmSubmit } = useSubmitPreference(workbook);
  /** What 状态 shows beyond the active sheet, re-read when it opens: every scoring sheet, the confirmation setting. */
  const refreshStatus = useCallback(
    () => Promise.all([refreshSheets(), loadSubmitPreference()]).then(() => undefined),
    [refreshSheets, loadSubmitPreference]
  );

  return {
    standard,
    hostNotes,
    sheets,
    judge,
    active,
    activeCode,
    onScoringSheet,
    invalid,
    busy,
    notice,
    setNotice,
    reportError,
    generate,
    refreshStatus,
    confirmSubmit,
    setConfirmSubmit: (confirm: boolean) => act(() => setConfirmSubmit(confirm)),
    ...actions,
  };
}

export type ScoringSession = ReturnType<typeof useScoringSession>;
