/**
 * The committee's proposal, per item: passing applications in rank order, the first N of them
 * 拟获奖 (proposed winners). A tie at the cut is never broken silently: when the applications
 * sharing the last place within N would take the list past N, none of them is proposed and each
 * is marked 并列待定 (tie at the cut) for the committee to decide. Without N, every passing
 * application is proposed. Ranks compare exact hundredths of a point.
 *
 * In words, for a passing application with `better` passing applications above it in its item
 * and `equal` passing applications at the same final score (itself included):
 *   proposed     ⇔ better + equal ≤ N
 *   tie at cut   ⇔ better < N < better + equal
 * The 拟获奖名单 sheet computes the same with COUNTIFS (decisionFormulas).
 */
import { APPLICATION_VERDICT, type AppVerdict } from "./verdict";

export type Decision = "proposed" | "tie-at-cut" | "not-proposed";

/** The decision words as the sheet shows them (values of the workbook format, like the verdicts). */
export const DECISION_LABEL: Record<Decision, string> = {
  proposed: "拟获奖",
  "tie-at-cut": "并列待定",
  "not-proposed": "",
};

export interface Candidate {
  item: number;
  /** Final score in hundredths of a point (exact), or null without countable scores. */
  finalHundredths: number | null;
  verdict: AppVerdict;
}

/** The decision for `c` among `all` (its own item's passing applications are compared). */
export function decisionOf(c: Candidate, all: readonly Candidate[], winners?: number): Decision {
  if (c.verdict !== APPLICATION_VERDICT.pass || c.finalHundredths === null) return "not-proposed";
  const rivals = all.filter(
    (o) => o.item === c.item && o.verdict === APPLICATION_VERDICT.pass && o.finalHundredths !== null
  );
  const better = rivals.filter((o) => o.finalHundredths! > c.finalHundredths!).length;
  const equal = rivals.filter((o) => o.finalHundredths === c.finalHundredths).length;
  if (winners === undefined || better + equal <= winners) return "proposed";
  return better < winners ? "tie-at-cut" : "not-proposed";
}

/**
 * The same rule as a formula. `item`, `verdict`, `final` are this row's cells; the ranges are the
 * columns of every application (absolute); `winners` a cell (blank: no limit) or a number, or
 * undefined for no limit; `outside` the text for a passing application outside the quota (its
 * decision is not-proposed; default blank).
 */
export function decisionFormula(refs: {
  item: string;
  verdict: string;
  final: string;
  itemRange: string;
  verdictRange: string;
  finalRange: string;
  winners?: string;
  outside?: string;
}): string {
  const pass = `"${APPLICATION_VERDICT.pass}"`;
  const passing = `${refs.itemRange},${refs.item},${refs.verdictRange},${pass}`;
  const better = `COUNTIFS(${passing},${refs.finalRange},">"&${refs.final})`;
  const equal = `COUNTIFS(${passing},${refs.finalRange},${refs.final})`;
  const proposed = `"${DECISION_LABEL.proposed}"`;
  const tie = `"${DECISION_LABEL["tie-at-cut"]}"`;
  if (refs.winners === undefined) return `IF(${refs.verdict}=${pass},${proposed},"")`;
  const n = refs.winners;
  const outside = `"${(refs.outside ?? "").replace(/"/g, '""')}"`;
  // A blank winners cell means no limit, as an absent N does.
  return (
    `IF(${refs.verdict}<>${pass},"",IF(OR(${n}="",${better}+${equal}<=${n}),${proposed},` +
    `IF(${better}<${n},${tie},${outside})))`
  );
}
