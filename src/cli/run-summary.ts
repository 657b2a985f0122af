/**
 * What the terminal says after a consolidation, beyond the counts: the first problems as the
 * 问题清单 has them (file, sheet, cell, what is wrong) — and,
 * with a roster, which judges returned nothing for which applications.
 */
import type { ConsolidationResult, Problem } from "../consolidate";
import { t } from "../strings";

/** How many problems the terminal lists; the rest are in the summary's 问题清单 (or --json). */
export const PROBLEMS_SHOWN = 20;

const where = (p: Problem) =>
  [p.file, p.sheet && (p.cell ? `${p.sheet}!${p.cell}` : p.sheet)].filter(Boolean).join(" · ");

export function problemLines(result: ConsolidationResult): string[] {
  const { problems } = result;
  if (problems.length === 0) return [];
  const lines = problems
    .slice(0, PROBLEMS_SHOWN)
    .map((p) => t("cli.summary.problem", { where: where(p), message: p.message }));
  if (problems.length > PROBLEMS_SHOWN)
    lines.push(t("cli.summary.moreProblems", { count: problems.length - PROBLEMS_SHOWN }));
  return [t("cli.summary.problems"), ...lines];
}

/** With a roster: each judge (by id) with an assigned application whose sheet never arrived. */
export function missingLines(result: ConsolidationResult): string[] {
  const byJudge = new Map<string, { judge: string; apps: string[] }>();
  for (const p of result.round?.progress ?? []) {
    if (p.state !== "missing") continue;
    const entry = byJudge.get(p.judgeId) ?? { judge: p.judge, apps: [] };
    entry.apps.push(p.applicationId);
    byJudge.set(p.judgeId, entry);
  }
  return [...byJudge].map(([id, { judge, apps }]) =>
    t("cli.summary.missing", { id, judge, count: apps.length, apps: apps.join(t("sep.list")) })
  );
}

/**
 * A roster without a 分配 table, while the judges' workbooks hold fewer sheets than it implies
 * (a judge who sent a file is still 未收到 for some applications): most likely the original
 * roster was given where the distribution's 名册（分配） was meant. The lines say so, naming the
 * assignment rosters found beside the folders read.
 */
export function rosterDoubtLines(
  result: ConsolidationResult,
  hasGrid: boolean,
  candidates: string[]
): string[] {
  if (hasGrid) return [];
  const byJudge = new Map<string, { judge: string; received: number; missing: number }>();
  for (const p of result.round?.progress ?? []) {
    if (p.state === "conflict") continue;
    const entry = byJudge.get(p.judgeId) ?? { judge: p.judge, received: 0, missing: 0 };
    if (p.state === "missing") entry.missing++;
    else entry.received++;
    byJudge.set(p.judgeId, entry);
  }
  const partial = [...byJudge].find(([, e]) => e.received > 0 && e.missing > 0);
  if (!partial) return [];
  const [id, { judge, received, missing }] = partial;
  const lines = [
    t("cli.summary.rosterDoubt", { id, judge, received, expected: received + missing }),
  ];
  if (candidates.length > 0)
    lines.push(t("cli.summary.rosterMeant", { path: candidates.join(t("sep.list")) }));
  return lines;
}

/** How many excluded sheets the terminal names; the rest are counted ("等 N 张"). */
export const EXCLUDED_SHOWN = 10;
/** The problems that keep a sheet out of the summary. */
const EXCLUDING = new Set([
  "sheet-not-counted",
  "duplicate-judge",
  "conflict-judge",
  "unassigned-judge",
]);

/** The sheets left out of the summary (file · sheet), bounded, with the next step. */
export function excludedLines(result: ConsolidationResult): string[] {
  const seen = new Set<string>();
  for (const p of result.problems)
    if (EXCLUDING.has(p.code)) seen.add([p.file, p.sheet].filter(Boolean).join(" · "));
  if (seen.size === 0) return [];
  const all = [...seen];
  const shown = all.slice(0, EXCLUDED_SHOWN).join(t("sep.list"));
  const more =
    all.length > EXCLUDED_SHOWN ? t("cli.summary.excludedMore", { count: all.length }) : "";
  return [t("cli.summary.excluded", { count: all.length, sheets: shown, more })];
}
