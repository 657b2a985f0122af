/**
 * The judge's session with the workbook: every Office call the pane makes goes through here
 * (and src/excel), never through render. The workbook is the memory: the state below is always
 * re-read from the sheet, so nothing lives only in the pane.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
// Only what the first screen needs is imported statically; generation, writing and finalization
// load on demand (see loadOperations), which keeps the initial JavaScript small.
import { detectCapabilities } from "../../excel/capabilities";
import { readScoringSheetState } from "../../excel/sheet-snapshot";
import { ScoreGuard, type InvalidScore } from "../../excel/score-guard";
import { SheetOperationError } from "../../excel/sheet-operation-error";
import {
  listScoringSheets,
  loadRememberedJudge,
  readSelection,
  rememberJudge,
  selectCell,
  watchSelection,
  type ScoringSheetInfo,
} from "../../excel/workbook-session";
import type { EntryUpdate } from "../../excel/write-entry";
import { entryName } from "../../workbook-format/format-names";
import type { ScoringSheetRead } from "../../workbook-format/sheet-from-names";
import type { ScoringSheetHeader } from "../../sheets/scoring-sheet";
import { defaultStandard as standard, subItemsForItem } from "../../standard";
import { t } from "../../strings";
import { placeScoringSheet } from "../../workflows/place-sheet";
import type { OfficeServices } from "../services";

/** The heavier operations, in their own chunk. */
export const loadOperations = () => import(/* webpackChunkName: "operations" */ "../operations");

export type Notice = { intent: "success" | "error" | "warning" | "info"; text: string } | null;

export type GenerateOutcome = { kind: "done" } | { kind: "exists"; sheet: ScoringSheetInfo };

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
  const { run } = services;
  const caps = useMemo(() => detectCapabilities(services.requirements), [services.requirements]);
  const [sheets, setSheets] = useState<ScoringSheetInfo[]>([]);
  const [judge, setJudge] = useState("");
  const [active, setActive] = useState<ScoringSheetRead | null>(null);
  const [activeCode, setActiveCode] = useState<string | null>(null);
  const [onScoringSheet, setOnScoringSheet] = useState(false);
  const [invalid, setInvalid] = useState<InvalidScore[]>([]);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  const activeRef = useRef<ScoringSheetRead | null>(null);
  const sheetsRef = useRef<ScoringSheetInfo[]>([]);
  const guardRef = useRef<ScoreGuard | null>(null);

  const reportError = useCallback((e: unknown) => {
    const text =
      e instanceof SheetOperationError
        ? t("pane.error", { message: e.message })
        : t("pane.unexpected", { message: (e as Error)?.message ?? String(e) });
    setNotice({ intent: "error", text });
  }, []);

  /** Wrap an action: busy flag, and every failure shown in zh-CN. */
  const act = useCallback(
    async <T>(action: () => Promise<T>): Promise<T | undefined> => {
      setBusy(true);
      try {
        return await action();
      } catch (e) {
        reportError(e);
        return undefined;
      } finally {
        setBusy(false);
      }
    },
    [reportError]
  );

  const loadActive = useCallback(
    async (sheetName: string) => {
      const state = await run((ctx) => readScoringSheetState(ctx, sheetName));
      activeRef.current = state;
      setActive(state);
      const guard = guardRef.current;
      if (guard && !guard.isWatching(sheetName)) await guard.watch(sheetName, Number(state.item));
      return state;
    },
    [run]
  );

  const refreshSheets = useCallback(async () => {
    const list = await run((ctx) => listScoringSheets(ctx));
    sheetsRef.current = list;
    setSheets(list);
    return list;
  }, [run]);

  const followSelection = useCallback(async () => {
    const sel = await run((ctx) => readSelection(ctx));
    const known = sheetsRef.current.some((s) => s.sheetName === sel.sheetName);
    setOnScoringSheet(known);
    if (!known) {
      setActiveCode(null);
      return;
    }
    let state = activeRef.current;
    if (!state || state.sheetName !== sel.sheetName) state = await loadActive(sel.sheetName);
    const code = codeAtRow(state, sel.address);
    if (code) setActiveCode(code);
  }, [run, loadActive]);

  // Start: the sheet list, the remembered judge, the guard, the selection watcher.
  useEffect(() => {
    let stopSelection: (() => Promise<void>) | undefined;
    let disposed = false;
    const guard = new ScoreGuard(run, standard, caps, (list) => {
      setInvalid(list);
      const current = activeRef.current;
      if (current && !disposed) void loadActive(current.sheetName).catch(reportError);
    });
    guardRef.current = guard;
    void (async () => {
      try {
        await refreshSheets();
        setJudge(await run((ctx) => loadRememberedJudge(ctx)));
        stopSelection = await run((ctx) =>
          watchSelection(ctx, () => void followSelection().catch(reportError))
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

  const openSheet = useCallback(
    (sheetName: string) =>
      act(async () => {
        const state = await loadActive(sheetName);
        const first = Object.keys(state.entries)[0];
        await run((ctx) => selectCell(ctx, sheetName, state.names[entryName("score", first)]));
        setNotice({ intent: "success", text: t("form.opened", { sheet: sheetName }) });
      }),
    [act, loadActive, run]
  );

  const generate = useCallback(
    (app: ScoringSheetHeader, mode?: "reapply"): Promise<GenerateOutcome | undefined> =>
      act(async () => {
        const place = placeScoringSheet(app, await refreshSheets());
        const existing = place.kind === "existing" ? place.sheet : undefined;
        if (existing && mode !== "reapply") return { kind: "exists", sheet: existing } as const;
        const sheetName = existing?.sheetName ?? (place.kind === "new" ? place.sheetName : "");
        const { generateScoringSheet } = await loadOperations();
        // A re-applied sheet is rebuilt (a new sheet takes the old one's place): watch it afresh.
        if (existing) guardRef.current?.forget(existing.sheetName);
        const result = await run((ctx) =>
          generateScoringSheet(
            ctx,
            { standard, header: app, sheetName, mode: existing ? "reapply" : "new" },
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
    [act, refreshSheets, run, caps, loadActive]
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
    [act, run, loadActive]
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
  }, [activeCode, locate]);

  const finalize = useCallback(
    () =>
      act(async () => {
        const state = activeRef.current;
        if (!state) return;
        const { finalizeSheet } = await loadOperations();
        await run((ctx) => finalizeSheet(ctx, state.sheetName, standard));
        await loadActive(state.sheetName);
        await refreshSheets();
        setNotice({ intent: "success", text: t("status.finalizedOk") });
      }),
    [act, run, loadActive, refreshSheets]
  );

  const reopen = useCallback(
    () =>
      act(async () => {
        const state = activeRef.current;
        if (!state) return;
        const { reopenSheet } = await loadOperations();
        await run((ctx) => reopenSheet(ctx, state.sheetName, standard));
        await loadActive(state.sheetName);
        await refreshSheets();
        setNotice({ intent: "success", text: t("status.reopenedOk") });
      }),
    [act, run, loadActive, refreshSheets]
  );

  return {
    standard,
    caps,
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
    openSheet,
    write,
    locate,
    nextUnscored,
    finalize,
    reopen,
  };
}

export type ScoringSession = ReturnType<typeof useScoringSession>;
