/**
 * What the terminal says after a consolidation, beyond the counts: the first problems as the
 * 问题清单 has them (file, sheet, cell, what is wrong) — so a mistyped folder reads 路径不存在 — and,
 * with a roster, which judges returned nothing for which applications.
 */
import type { ConsolidationResult, Problem } from "../consolidate";
import { progressCounts } from "../consolidate/progress-counts";
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

/** With a roster: the pairs by state in one line (完成未提交: finished without the add-in's 提交评分). */
export function progressLines(result: ConsolidationResult): string[] {
  return result.round
    ? [t("cli.summary.progress", { ...progressCounts(result.round.progress) })]
    : [];
}
