/**
 * Per application: mean, trimmed mean and final score (src/standard/final-score.ts), percentage,
 * verdict by the pass line (verdict.ts), spread per sub-item and per total with the 分歧 flag
 * (disagreement.ts), and the rank within the item (ties share a rank). All arithmetic is exact on
 * integer hundredths of a point.
 */
import {
  APPLICATION_VERDICT,
  applicationVerdict,
  AUTO_TRIM_MIN_JUDGES,
  decisionOf,
  finalScoreHundredths,
  isDisagreement,
  passLineHundredths,
  rangeHundredths,
  ratio4,
  subItemsForItem,
  sumToHundredths,
  type Standard,
} from "../standard";
import { t } from "../strings";
import type {
  ApplicationResult,
  ConsolidationOptions,
  Flag,
  JudgeEntry,
  SubItemSpread,
} from "./types";

const H = (v: number) => sumToHundredths([v]);

/** The judges in the order an application lists them: by name (Chinese collation), then by file. */
function inListingOrder(judges: JudgeEntry[]): JudgeEntry[] {
  return [...judges].sort(
    (a, b) => a.judge.localeCompare(b.judge, "zh-CN") || a.file.localeCompare(b.file)
  );
}

/**
 * How far apart the judges are on each sub-item of the item, with a 分歧 (spread) flag for every
 * sub-item where they disagree by the spread ratio of its maximum or more.
 */
function subItemSpreads(
  standard: Standard,
  item: number,
  judges: JudgeEntry[],
  spreadRatio: number
): { spreads: SubItemSpread[]; flags: Flag[] } {
  const flags: Flag[] = [];
  const spreads = subItemsForItem(standard, item).map((sub): SubItemSpread => {
    const values = judges.map((j) => H(j.scores[sub.code]));
    const range = rangeHundredths(values);
    const disagreement = isDisagreement(values, sub.max, spreadRatio);
    if (disagreement) {
      flags.push({
        code: "spread",
        subItem: sub.code,
        message: t("flag.spread", {
          code: sub.code,
          title: sub.title,
          range: range! / 100,
          percent: Math.round(spreadRatio * 100),
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
  return { spreads, flags };
}

/** What an application's result says whether or not any judge's sheet counts. */
type Listing = Pick<
  ApplicationResult,
  "applicant" | "item" | "itemTitle" | "judges" | "spreads" | "flags"
>;

/** The result of an application no judge's sheet counts for: no figures, verdict 无有效评分. */
function withoutScores({
  applicant,
  item,
  itemTitle,
  judges,
  spreads,
  flags,
}: Listing): ApplicationResult {
  flags.push({ code: "no-judges", message: t("flag.noJudges") });
  return {
    applicant,
    item,
    itemTitle,
    judges,
    mean: null,
    trimmedMean: null,
    final: null,
    finalSource: "independent",
    independentFinal: null,
    consensus: null,
    percent: null,
    verdict: APPLICATION_VERDICT.noScores,
    rank: null,
    decision: "not-proposed",
    totalRange: null,
    spreads,
    flags,
  };
}

/**
 * The result of an application from the judges' totals (in hundredths): mean, trimmed mean, final
 * score, percentage and verdict, flagging when too few judges leave the automatic trim unused.
 */
function fromTotals(
  standard: Standard,
  { applicant, item, itemTitle, judges, spreads, flags }: Listing,
  totals: number[],
  options: ConsolidationOptions
): ApplicationResult {
  const { mean, trimmed, final, trimmedUsed } = finalScoreHundredths(options.trim, totals);
  if (options.trim === "auto" && !trimmedUsed)
    flags.push({
      code: "few-judges",
      message: t("flag.fewJudges", { count: totals.length, min: AUTO_TRIM_MIN_JUDGES }),
    });
  const pass = passLineHundredths(standard, options.passRatio);
  return {
    applicant,
    item,
    itemTitle,
    judges,
    mean: mean / 100,
    trimmedMean: trimmed === null ? null : trimmed / 100,
    final: final / 100,
    finalSource: "independent",
    independentFinal: final / 100,
    consensus: null,
    percent: ratio4(final, standard.fullMarks * 100),
    verdict: applicationVerdict(final, pass),
    rank: null,
    decision: "not-proposed",
    totalRange: rangeHundredths(totals)! / 100,
    spreads,
    flags,
  };
}

/** One application's result from its judges' counted entries (not yet ranked or decided). */
export function aggregateApplication(
  standard: Standard,
  applicant: string,
  item: number,
  judgesIn: JudgeEntry[],
  options: ConsolidationOptions
): ApplicationResult {
  const judges = inListingOrder(judgesIn);
  const itemTitle = standard.parts.find((p) => p.number === item)?.title ?? "";
  const totals = judges.map((j) => H(j.total));
  const { spreads, flags } = subItemSpreads(standard, item, judges, options.spreadRatio);
  if (judges.some((j) => j.digestMismatch))
    flags.push({ code: "digest", message: t("flag.digest") });
  const listing = { applicant, item, itemTitle, judges, spreads, flags };
  if (totals.length === 0) return withoutScores(listing);
  return fromTotals(standard, listing, totals, options);
}

/** The committee's proposal for every application (src/standard/decision.ts). */
export function decideWithinItems(apps: ApplicationResult[], winners?: number): void {
  const candidates = apps.map((a) => ({
    item: a.item,
    finalHundredths: a.final === null ? null : H(a.final),
    verdict: a.verdict,
  }));
  apps.forEach((a, i) => (a.decision = decisionOf(candidates[i], candidates, winners)));
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
