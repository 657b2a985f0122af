/**
 * The roster pairs counted by state: how many sheets are submitted (已提交), complete and valid
 * but not submitted (完成未提交 — a judge without the add-in cannot submit), incomplete, not
 * received, and how many are due (every assigned pair but 回避). The 进度 sheet, --json and the
 * terminal all count with this one function.
 */
import type { ProgressEntry, ProgressState } from "./roster-match";

export type ProgressCounts = Record<ProgressState, number> & { due: number };

export function progressCounts(entries: readonly ProgressEntry[]): ProgressCounts {
  const counts: ProgressCounts = {
    finalized: 0,
    complete: 0,
    incomplete: 0,
    missing: 0,
    conflict: 0,
    due: 0,
  };
  for (const e of entries) {
    counts[e.state]++;
    if (e.state !== "conflict") counts.due++;
  }
  return counts;
}

/** The counts of each judge, in the order the judges first appear. */
export function progressCountsByJudge(
  entries: readonly ProgressEntry[]
): { judgeId: string; judge: string; counts: ProgressCounts }[] {
  const byJudge = new Map<string, ProgressEntry[]>();
  for (const e of entries)
    (byJudge.get(e.judgeId) ?? byJudge.set(e.judgeId, []).get(e.judgeId)!).push(e);
  return [...byJudge.values()].map((list) => ({
    judgeId: list[0].judgeId,
    judge: list[0].judge,
    counts: progressCounts(list),
  }));
}
