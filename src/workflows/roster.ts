/**
 * The roster's use cases, for every shell: a blank roster to fill in, and a filled one read and
 * checked (each problem with its sheet and cell) under the standard the roster names.
 */
import { readRoster, type RosterProblem, type RosterTables, type Round } from "../round";
import type { SheetPlan } from "../sheet-kit";
import { rosterWorkbook } from "../judge-sheets/roster";
import { standardFor, type RoundContext } from "./round-context";

/** The blank roster workbook (轮次, 申报, 评委, 回避, 分配) of the context's standard. */
export function planBlankRoster(context: RoundContext): SheetPlan[] {
  return rosterWorkbook(context.standard);
}

export type RosterCheck = { ok: true; round: Round } | { ok: false; problems: RosterProblem[] };

/** A roster's tables (from a file or the open workbook) read and checked. */
export function checkRoster(tables: RosterTables): RosterCheck {
  return readRoster(standardFor()!, tables);
}
