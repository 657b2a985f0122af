/**
 * The judge's session starts once per pane: the score guard (its list of invalid scores kept
 * here), the sheet list, the remembered judge, the selection watcher; all stopped on unmount.
 */
import { useEffect, useState, type MutableRefObject } from "react";
import type { Standard } from "../../standard";
import type { ScoringSheetRead } from "../../workbook-format/sheet-from-names";
import type {
  InvalidScore,
  ScoreWatch,
  WorkbookEvents,
} from "../../workbook-format/workbook-events";
import type { WorkbookPort } from "../../workbook-format/workbook-port";
import { rememberedJudge } from "../../workflows/judge-sheet/judge-setting";
import type { ActionRunner } from "./useActionRunner";

export interface SessionStartDeps {
  workbook: WorkbookPort;
  events: WorkbookEvents;
  standard: Standard;
  activeRef: MutableRefObject<ScoringSheetRead | null>;
  guardRef: MutableRefObject<ScoreWatch | null>;
  loadActive: (sheetName: string) => Promise<ScoringSheetRead>;
  refreshSheets: () => Promise<unknown>;
  followSelection: () => Promise<void>;
  setJudge: (judge: string) => void;
  setNotice: ActionRunner["setNotice"];
  reportError: ActionRunner["reportError"];
}

/** Starts the session; returns the guard's invalid scores. */
export function useSessionStart(deps: SessionStartDeps): InvalidScore[] {
  const { workbook, events, standard, activeRef, guardRef, loadActive } = deps;
  const { refreshSheets, followSelection, setJudge, setNotice, reportError } = deps;
  const [invalid, setInvalid] = useState<InvalidScore[]>([]);
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
  return invalid;
}
