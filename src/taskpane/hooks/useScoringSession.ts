/**
 * The judge's session with the workbook: every host call the pane makes goes through here (and
 * the workflows, over the services' workbook port), never through render. The workbook is the memory: the state below is always
 * re-read from the sheet, so nothing lives only in the pane.
 */
import { useCallback, useEffect, useRef, useState } from "react";
// Only what the first screen needs is imported statically; generation, writing and finalization
// load on demand (see loadOperations), which keeps the initial JavaScript small.
import { entryName } from "../../workbook-format/format-names";
import type { ScoringSheetRead } from "../../workbook-format/sheet-from-names";
import type { InvalidScore, ScoreWatch } from "../../workbook-format/workbook-events";
import { rememberedJudge } from "../../workflows/judge-sheet/judge-setting";
import { readSheetState } from "../../workflows/judge-sheet/sheet-state";
import {
  readWorkbookSheets,
  type ScoringSheetInfo,
} from "../../workflows/judge-sheet/workbook-sheets";
import type { OfficeServices } from "../services";
import { loadOperations } from "./operations-chunk";
import { useActionRunner, type Notice } from "./useActionRunner";
import { useGenerateSheet } from "./useGenerateSheet";
import { useSheetActions } from "./useSheetActions";

export { loadOperations };
export type { Notice };

export type { GenerateOutcome } from "./useGenerateSheet";

/** The sub-item whose row holds the selected cell, if any. */
function codeAtRow(state: ScoringSheetRead, address: string): string | null {
  const row = Number(/\d+/.exec(address.split(":")[0])?.[0]);
  for (const code of Object.keys(state.entries)) {
    const a = state.names[entryName("score", code)];
    if (a && Number(/\d+/.exec(a)?.[0]) === row) return code;
  }
  return null;
}

export function useScoringSession(services: OfficeServices) {
  const { workbook, events } = services;
  const { standard } = services.context;
  const hostNotes = services.hostNotes;
  const [sheets, setSheets] = useState<ScoringSheetInfo[]>([]);
  const [judge, setJudge] = useState("");
  const [active, setActive] = useState<ScoringSheetRead | null>(null);
  const [activeCode, setActiveCode] = useState<string | null>(null);
  const [onScoringSheet, setOnScoringSheet] = useState(false);
  const [invalid, setInvalid] = useState<InvalidScore[]>([]);
  const activeRef = useRef<ScoringSheetRead | null>(null);
  const sheetsRef = useRef<ScoringSheetInfo[]>([]);
  const guardRef = useRef<ScoreWatch | null>(null);
  const { busy, notice, setNotice, act, reportError } = useActionRunner();
  const loadActive = useCallback(
    async (sheetName: string) => {
      const state = await readSheetState(workbook, sheetName);
      activeRef.current = state;
      setActive(state);
      const guard = guardRef.current;
      if (guard && !guard.isWatching(sheetName)) await guard.watch(sheetName, Number(state.item));
      return state;
    },
    [workbook]
  );

  const refreshSheets = useCallback(async () => {
    const read = await readWorkbookSheets(workbook);
    sheetsRef.current = read.scoring;
    setSheets(read.scoring);
    return read;
  }, [workbook]);

  const followSelection = useCallback(async () => {
    const sel = await events.selection();
    const known = sheetsRef.current.some((s) => s.sheetName === sel.sheetName);
    setOnScoringSheet(known);
    if (!known) {
      setActiveCode(null);
      return;
    }
    let state = activeRef.current;
    if (!state || state.sheetName !== sel.sheetName) {
      if (state) setNotice(null);
      state = await loadActive(sel.sheetName);
    }
    const code = codeAtRow(state, sel.address);
    if (code) setActiveCode(code);
  }, [events, loadActive, setNotice]);

  // Start: the sheet list, the remembered judge, the guard, the selection watcher.
  useEffect(() => {
    let stopSelection: (() => Promise<void>) | undefined;
    let disposed = false;
    const guard = events.watchScores(standard, (list, external) => {
      setInvalid(list);
      // The judge changed the sheet: a message about an earlier action no longer holds.
      if (external) setNotice(null);
      const current = activeRef.current;
      if (current && !disposed) void loadActive(current.sheetName).catch(reportError);
    });
    guardRef.current = guard;
    void (async () => {
      try {
        await refreshSheets();
        setJudge(await rememberedJudge(workbook));
        stopSelection = await events.watchSelection(
          () => void followSelection().catch(reportError)
        );
        await followSelection();
      } catch (e) {
        reportError(e);
      }
    })();
    return () => {
      disposed = true;
      void guard.dispose().catch(() => undefined);
      void stopSelection?.().catch(() => undefined);
    };
    // The session starts once per pane; its callbacks are stable.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
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
    generate,
    ...actions,
  };
}

export type ScoringSession = ReturnType<typeof useScoringSession>;
