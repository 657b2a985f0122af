/**
 * The round as the open workbook's roster says it: read (two syncs) and checked by src/round when
 * the secretariat's tab opens and whenever asked again. A roster with problems gives no round.
 */
import { useCallback, useEffect, useState } from "react";
import { readRoster, type Round, type RosterProblem } from "../../round";
import { rosterWorkbook } from "../../judge-sheets/roster";
import { t } from "../../strings";
import { readRosterTables } from "../../workflows/open-workbook/read-roster";
import { writeNewSheets } from "../../workflows/open-workbook/write-sheets";
import type { OfficeServices } from "../services";

export type RoundState =
  /** Reading; the round read before, if any, stays in use meanwhile (nothing on screen jumps). */
  | { phase: "reading"; round?: Round }
  | { phase: "none"; note?: string }
  | { phase: "problems"; problems: RosterProblem[] }
  | { phase: "ready"; round: Round }
  | { phase: "error"; text: string };

const failure = (e: unknown): RoundState => ({
  phase: "error",
  text: t("pane.unexpected", { message: (e as Error)?.message ?? String(e) }),
});

/** The round to work with: the one read, or the one still in use while reading again. */
export const roundOf = (state: RoundState): Round | null =>
  state.phase === "ready" || state.phase === "reading" ? (state.round ?? null) : null;

export function useRound(services: OfficeServices) {
  const [state, setState] = useState<RoundState>({ phase: "reading" });

  const reload = useCallback(async () => {
    setState((before) => ({
      phase: "reading",
      round: before.phase === "ready" ? before.round : undefined,
    }));
    try {
      const tables = await readRosterTables(services.workbook);
      if (!tables) return setState({ phase: "none" });
      const read = readRoster(services.context.standard, tables);
      setState(
        read.ok
          ? { phase: "ready", round: read.round }
          : { phase: "problems", problems: read.problems }
      );
    } catch (e) {
      setState(failure(e));
    }
  }, [services]);

  useEffect(() => {
    void reload();
  }, [reload]);

  /** An empty roster (说明, 轮次, 申报, 评委, 回避, 分配) written into this workbook. */
  const newRoster = useCallback(async () => {
    try {
      const plans = rosterWorkbook(services.context.standard);
      const names = await writeNewSheets(services.workbook, plans);
      setState({
        phase: "none",
        note: t("pane.round.newRosterDone", { names: names.join(t("sep.list")) }),
      });
    } catch (e) {
      setState(failure(e));
    }
  }, [services]);

  const locate = useCallback(
    (sheet: string, cell: string) =>
      void services.workbook.select(sheet, cell || "A1").catch(() => undefined),
    [services]
  );

  return { state, reload, newRoster, locate };
}
