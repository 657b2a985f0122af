/**
 * Per application: mean, trimmed mean (one highest and one lowest total dropped), the final score
 * by the trim rule, percentage, verdict by the pass line, spread per sub-item and per total with the
 * 分歧 flag, and the rank within the item (ties share a rank). All arithmetic is exact on integer
 * hundredths of a point; a mean is rounded half-up to 0.01, as ROUND(AVERAGE(…),2) does in the sheet.
 */
import { ratio4, subItemsForItem, sumToHundredths, type Standard } from "../standard";
import { t } from "../strings";
import type {
  ApplicationResult,
  ConsolidationOptions,
  Flag,
  JudgeEntry,
  SubItemSpread,
} from "./types";

const H = (v: number) => sumToHundredths([v]);

/** Σ/n in hundredths, rounded half-up (all values non-negative here). */
function meanHundredths(values: number[]): number {
  const sum = values.reduce((a, b) => a + b, 0);
  return Math.floor((2 * sum + values.length) / (2 * values.length));
}

export function aggregateApplication(
  standard: Standard,
  applicant: string,
  item: number,
  judgesIn: JudgeEntry[],
  options: ConsolidationOptions
): ApplicationResult {
  const judges = [...judgesIn].sort(
    (a, b) => a.judge.localeCompare(b.judge, "zh-CN") || a.file.localeCompare(b.file)
  );
  const itemTitle = standard.parts.find((p) => p.number === item)?.title ?? "";
  const totals = judges.map((j) => H(j.total));
  const n = totals.length;
  const flags: Flag[] = [];
  const spreads: SubItemSpread[] = subItemsForItem(standard, item).map((sub) => {
    const values = judges.map((j) => H(j.scores[sub.code]));
    const range = n >= 1 ? Math.max(...values) - Math.min(...values) : null;
    const threshold = H(sub.max * options.spreadRatio);
    const disagreement = n >= 2 && range !== null && range > threshold;
    if (disagreement) {
      flags.push({
        code: "spread",
        subItem: sub.code,
        message: t("flag.spread", {
          code: sub.code,
          title: sub.title,
          range: range! / 100,
          percent: Math.round(options.spreadRatio * 100),
        }),
      });
    }
    return {
      code: sub.code,
      title: sub.title,
      max: sub.max,
      range: range === null ? null : range / 100,
      disagreement,
    };
  });
  if (judges.some((j) => j.digestMismatch))
    flags.push({ code: "digest", message: t("flag.digest") });

  if (n === 0) {
    flags.push({ code: "no-judges", message: t("flag.noJudges") });
    return {
      applicant,
      item,
      itemTitle,
      judges,
      mean: null,
      trimmedMean: null,
      final: null,
      percent: null,
      verdict: "无有效评分",
      rank: null,
      totalRange: null,
      spreads,
      flags,
    };
  }
  const mean = meanHundredths(totals);
  const trimmed = n >= 3 ? meanHundredths([...totals].sort((a, b) => a - b).slice(1, -1)) : null;
  let final = mean;
  if (options.trim === "always" && trimmed !== null) final = trimmed;
  if (options.trim === "auto") {
    if (n >= 5 && trimmed !== null) final = trimmed;
    else flags.push({ code: "few-judges", message: t("flag.fewJudges", { count: n }) });
  }
  const pass = H(standard.fullMarks * options.passRatio);
  return {
    applicant,
    item,
    itemTitle,
    judges,
    mean: mean / 100,
    trimmedMean: trimmed === null ? null : trimmed / 100,
    final: final / 100,
    percent: ratio4(final, standard.fullMarks * 100),
    verdict: final >= pass ? "通过" : "未通过",
    rank: null,
    totalRange: (Math.max(...totals) - Math.min(...totals)) / 100,
    spreads,
    flags,
  };
}

/** Rank within each item by final score, highest first; equal finals share a rank (1, 1, 3). */
export function rankWithinItems(apps: ApplicationResult[]): void {
  for (const app of apps) {
    if (app.final === null) continue;
    const better = apps.filter(
      (o) => o.item === app.item && o.final !== null && H(o.final) > H(app.final!)
    ).length;
    app.rank = better + 1;
  }
}
