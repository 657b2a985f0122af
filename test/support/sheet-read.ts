/** Test helper: a scoring sheet as a host reads it, made in memory — each sub-item at a percentage of its maximum. */
import { buildScoringSheetPlan } from "../../src/judge-sheets";
import { defaultStandard as std, standardTag, subItemsForItem } from "../../src/standard";
import type { ScoringSheetRead } from "../../src/workbook-format";

const namesByItem = new Map<number, Record<string, string>>();

/** The sheet's names and their cells ("MH_S_1_1" → "D9"), as a host reads them from a real sheet of `item`. */
function sheetNames(item: number): Record<string, string> {
  if (subItemsForItem(std, item).length === 0) return {}; // a sheet for no item of the standard
  let names = namesByItem.get(item);
  if (!names) {
    const plan = buildScoringSheetPlan(std, {
      applicant: "甲",
      item,
      judge: "乙",
      date: "2026-11-20",
    });
    names = Object.fromEntries(plan.names.map((n) => [n.name, n.address.replace(/\$/g, "")]));
    namesByItem.set(item, names);
  }
  return names;
}

/** `percents` cycle over the item's sub-items (one number: every sub-item at it). */
export function sheetRead(
  applicant: string,
  item: number,
  judge: string,
  percents: number[] | number
): ScoringSheetRead {
  const list = typeof percents === "number" ? [percents] : percents;
  return {
    sheetName: applicant,
    sheetIndex: 0,
    names: { ...sheetNames(item) },
    formatVersion: 1,
    applicant,
    item,
    judge,
    date: 46346,
    standard: standardTag(std),
    identity: null,
    entries: Object.fromEntries(
      subItemsForItem(std, item).map((s, i) => [
        s.code,
        { score: (s.max * list[i % list.length]) / 100 },
      ])
    ),
    cached: {
      itemTotal: null,
      valueTotal: null,
      total: null,
      percent: null,
      passLine: null,
      scored: null,
      verdict: null,
      warnings: null,
    },
    submission: { status: null, submittedAt: null, digest: null, history: null, stamp: null },
  };
}

/** A scoring sheet as a host reads it, with these scores (sub-item code → score). */
export function sheetWithScores(
  applicant: string,
  item: number,
  judge: string,
  scores: Record<string, number>
): ScoringSheetRead {
  return {
    ...sheetRead(applicant, item, judge, 0),
    entries: Object.fromEntries(Object.entries(scores).map(([code, score]) => [code, { score }])),
  };
}
