/**
 * What the judge's session knows of the workbook, always re-read from it: the scoring sheets'
 * list, the active sheet (read whole; reading it puts the guard on it), and where the selection
 * is (on a scoring sheet or not, on which sub-item's row).
 */
import { useCallback, useRef, useState, type MutableRefObject } from "react";
import { entryName } from "../../workbook-format/format-names";
import type { ScoringSheetRead } from "../../workbook-format/sheet-from-names";
import type { ScoreWatch, WorkbookEvents } from "../../workbook-format/workbook-events";
import type { WorkbookPort } from "../../workbook-format/workbook-port";
import { readSheetState } from "../../workflows/judge-sheet/sheet-state";
import {
  readWorkbookSheets,
  type ScoringSheetInfo,
} from "../../workflows/judge-sheet/workbook-sheets";
import type { ActionRunner } from "./useActionRunner";

/** The sub-item whose row holds the selected cell, if any. */
function codeAtRow(state: ScoringSheetRead, address: string): string | null {
  const row = Number(/\d+/.exec(address.split(":")[0])?.[0]);
  for (const code of Object.keys(state.entries)) {
    const a = state.names[entryName("score", code)];
    if (a && Number(/\d+/.exec(a)?.[0]) === row) return code;
  }
  return null;
}

/** The workbook's scoring sheets; the ref holds the latest list for the event handlers. */
export function useScoringSheets(workbook: WorkbookPort) {
  const [sheets, setSheets] = useState<ScoringSheetInfo[]>([]);
  const sheetsRef = useRef<ScoringSheetInfo[]>([]);
  const refreshSheets = useCallback(async () => {
    const read = await readWorkbookSheets(workbook);
    sheetsRef.current = read.scoring;
    setSheets(read.scoring);
    return read;
  }, [workbook]);
  return { sheets, sheetsRef, refreshSheets };
}

/** The active sheet, read whole; the guard (once started) watches every sheet read. */
export function useActiveSheet(workbook: WorkbookPort) {
  const [active, setActive] = useState<ScoringSheetRead | null>(null);
  const activeRef = useRef<ScoringSheetRead | null>(null);
  const guardRef = useRef<ScoreWatch | null>(null);
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
  return { active, activeRef, guardRef, loadActive };
}

export interface SelectionDeps {
  events: WorkbookEvents;
  sheetsRef: MutableRefObject<ScoringSheetInfo[]>;
  activeRef: MutableRefObject<ScoringSheetRead | null>;
  loadActive: (sheetName: string) => Promise<ScoringSheetRead>;
  setNotice: ActionRunner["setNotice"];
}

/** Where the selection is: a scoring sheet (then read as the active one) and a sub-item's row. */
export function useFollowSelection(deps: SelectionDeps) {
  const { events, sheetsRef, activeRef, loadActive, setNotice } = deps;
  const [activeCode, setActiveCode] = useState<string | null>(null);
  const [onScoringSheet, setOnScoringSheet] = useState(false);
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
  }, [events, sheetsRef, activeRef, loadActive, setNotice]);
  return { activeCode, onScoringSheet, followSelection };
}
