/** Test helper: a round context as a shell resolves it (src/workflows/round-context.ts). */
import type { Round } from "../../src/round";
import { rosterAssignments } from "../../src/round";
import {
  resolveRoundContext,
  type RosterRoundContext,
  type RoundContext,
  type RoundContextRequest,
} from "../../src/workflows/round-context";

export function roundContext(request: RoundContextRequest = {}): RoundContext {
  const context = resolveRoundContext(request);
  if (!context.ok) throw new Error(context.message);
  return context.value;
}

/** The context of a roster round (its assignments as the roster gives them). */
export function rosterContext(round: Round, request: RoundContextRequest = {}): RosterRoundContext {
  const roster = { round, assignments: rosterAssignments(round) };
  return { ...roundContext({ ...request, roster }), roster };
}
