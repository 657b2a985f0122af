/** The secretariat's consolidation as the pane shows it, and how an action on it ends. */
import { t } from "../../strings";
import type { ConsolidationResult } from "../../consolidate/types";
import type { RoundContext } from "../../workflows/round-context";

export type ConsolidationState =
  | { phase: "idle" }
  | { phase: "reading"; done: number; total: number; file: string }
  | { phase: "writing" }
  | { phase: "done"; intent: "success" | "warning" | "error"; text: string };

/** The last consolidation written, from which the 共识 sheets can be generated. */
export type LastConsolidation = { context: RoundContext; result: ConsolidationResult } | null;

export type SetState = (state: ConsolidationState) => void;

/** How it ended, shown until the next action. */
export const finisher =
  (setState: SetState) => (intent: "success" | "warning" | "error", text: string) =>
    setState({ phase: "done", intent, text });

/** What an unexpected failure says. */
export const unexpected = (e: unknown) =>
  t("pane.unexpected", { message: (e as Error)?.message ?? String(e) });
