/**
 * How far the judges agree — advice for the secretariat, never a change to any score
 * (docs/decision-and-agreement.md gives the formulas and a worked example).
 *
 * Per judge: on each application they scored with at least one other judge, the deviation of
 * their total from the other judges' mean; its average (points), and that average divided by the
 * round's pooled within-application standard deviation of totals (standardized: the typical spread
 * between judges on one application). A judge is flagged when the standardized value is at least
 * JUDGE_FLAG_Z in size: on average a whole typical spread above or below the colleagues.
 *
 * Per item: Kendall's coefficient of concordance W of the rankings of the item's applications by
 * the judges who scored all of them (average ranks for ties, with the tie correction): 0 no
 * agreement on the order, 1 the same order from every judge.
 */
import { judgeKey, type ApplicationResult } from "./types";

export const JUDGE_FLAG_Z = 1;

export interface JudgeAgreement {
  judge: string;
  /** The judge's id, when the sheets carry one (two judges of one name are two entries). */
  judgeId?: string;
  /** Counted sheets of this judge. */
  sheets: number;
  /** Applications compared (scored by this judge and at least one other). */
  compared: number;
  meanDeviation: number | null;
  zMeanDeviation: number | null;
  flagged: boolean;
}

export interface ItemAgreement {
  item: number;
  itemTitle: string;
  applications: number;
  /** Judges who scored every application of the item (those whose rankings W compares). */
  judgesUsed: number;
  judgesInItem: number;
  /** Null when fewer than 2 applications or fewer than 2 complete judges. */
  kendallW: number | null;
}

export interface Agreement {
  judges: JudgeAgreement[];
  items: ItemAgreement[];
  /** The pooled within-application standard deviation of totals (points), or null. */
  pooledSd: number | null;
}

const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;
const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

/** Pooled within-application standard deviation: √(Σ squared deviations from each mean / Σ(n − 1)). */
function pooledSd(apps: ApplicationResult[]): number | null {
  let squares = 0;
  let df = 0;
  for (const a of apps) {
    if (a.judges.length < 2) continue;
    const m = mean(a.judges.map((j) => j.total));
    squares += a.judges.reduce((s, j) => s + (j.total - m) ** 2, 0);
    df += a.judges.length - 1;
  }
  return df > 0 ? Math.sqrt(squares / df) : null;
}

interface JudgeTally {
  judge: string;
  judgeId?: string;
  sheets: number;
  deviations: number[];
}

/** Each judge (by id where there is one, src/consolidate/types.ts judgeKey) and their deviations. */
function tallyJudges(apps: ApplicationResult[]): JudgeTally[] {
  const byJudge = new Map<string, JudgeTally>();
  for (const a of apps) {
    for (const j of a.judges) {
      const k = judgeKey(j);
      const entry = byJudge.get(k) ?? {
        judge: j.judge,
        ...(j.judgeId ? { judgeId: j.judgeId } : {}),
        sheets: 0,
        deviations: [],
      };
      entry.sheets++;
      const others = a.judges.filter((o) => o !== j).map((o) => o.total);
      if (others.length) entry.deviations.push(j.total - mean(others));
      byJudge.set(k, entry);
    }
  }
  return [...byJudge.values()].sort(
    (x, y) =>
      x.judge.localeCompare(y.judge, "zh-CN") || (x.judgeId ?? "").localeCompare(y.judgeId ?? "")
  );
}

export function judgeAgreement(apps: ApplicationResult[], sd: number | null): JudgeAgreement[] {
  return tallyJudges(apps).map(({ judge, judgeId, sheets, deviations }) => {
    const d = deviations.length ? mean(deviations) : null;
    const z = d !== null && sd ? d / sd : d === null ? null : 0;
    return {
      judge,
      ...(judgeId ? { judgeId } : {}),
      sheets,
      compared: deviations.length,
      meanDeviation: d === null ? null : round(d, 2),
      zMeanDeviation: z === null ? null : round(z, 3),
      flagged: z !== null && Math.abs(z) >= JUDGE_FLAG_Z,
    };
  });
}

/** Ranks 1…n, highest value first, ties sharing their average rank. */
export function averageRanks(values: number[]): number[] {
  const order = values.map((v, i) => [v, i] as const).sort((a, b) => b[0] - a[0]);
  const ranks = new Array<number>(values.length);
  for (let k = 0; k < order.length;) {
    let end = k;
    while (end + 1 < order.length && order[end + 1][0] === order[k][0]) end++;
    for (let q = k; q <= end; q++) ranks[order[q][1]] = (k + end) / 2 + 1;
    k = end + 1;
  }
  return ranks;
}

/**
 * Kendall's W with the correction for ties, for m judges' scores of the same n applications
 * (`scores[judge][application]`): W = 12·S / (m²(n³ − n) − m·ΣT), where S is the sum of squared
 * deviations of the applications' rank sums from their mean m(n + 1)/2, and T = Σ(t³ − t) over
 * each judge's groups of t tied values. Null when it is not defined (n < 2, m < 2, or every judge
 * ties everything).
 */
export function kendallW(scores: number[][]): number | null {
  const m = scores.length;
  const n = m ? scores[0].length : 0;
  if (m < 2 || n < 2) return null;
  const ranks = scores.map(averageRanks);
  const sums = Array.from({ length: n }, (_, i) => ranks.reduce((s, r) => s + r[i], 0));
  const meanSum = (m * (n + 1)) / 2;
  const s = sums.reduce((acc, r) => acc + (r - meanSum) ** 2, 0);
  const ties = scores.reduce((acc, judge) => {
    const counts = new Map<number, number>();
    for (const v of judge) counts.set(v, (counts.get(v) ?? 0) + 1);
    return acc + [...counts.values()].reduce((t, c) => t + c ** 3 - c, 0);
  }, 0);
  const denominator = m * m * (n ** 3 - n) - m * ties;
  return denominator > 0 ? (12 * s) / denominator : null;
}

export function itemAgreement(apps: ApplicationResult[]): ItemAgreement[] {
  const items = [...new Set(apps.map((a) => a.item))].sort((x, y) => x - y);
  return items.map((item) => {
    const mine = apps.filter((a) => a.item === item && a.judges.length > 0);
    const judges = [...new Set(mine.flatMap((a) => a.judges.map(judgeKey)))];
    const complete = judges.filter((k) =>
      mine.every((a) => a.judges.some((j) => judgeKey(j) === k))
    );
    const scores = complete.map((k) =>
      mine.map((a) => a.judges.find((j) => judgeKey(j) === k)!.total)
    );
    const w = kendallW(scores);
    return {
      item,
      itemTitle: apps.find((a) => a.item === item)?.itemTitle ?? "",
      applications: mine.length,
      judgesUsed: complete.length,
      judgesInItem: judges.length,
      kendallW: w === null ? null : round(w, 3),
    };
  });
}

export function agreement(apps: ApplicationResult[]): Agreement {
  const sd = pooledSd(apps);
  return {
    judges: judgeAgreement(apps, sd),
    items: itemAgreement(apps),
    pooledSd: sd === null ? null : round(sd, 2),
  };
}
