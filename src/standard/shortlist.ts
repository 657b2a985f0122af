/**
 * Who goes on to the next stage (晋级), by the stage's rule:
 * - 前 N 名 (top N), per item (单项) or across the round: a tie at the cut is never broken
 *   silently — when the applications sharing the last place within N would take the list past N,
 *   all of them are 并列待定 (tie at the cut) and the committee decides, as with 拟获奖;
 * - 分数线 (a line, in points): every application whose final reaches it goes on;
 * - 全部 (all): every application with a final goes on.
 * An application without a countable final never goes on. Finals compare as exact hundredths.
 *
 * In words, for an application with `better` applications above it in its group and `equal` at
 * the same final (itself included):  goes on ⇔ better + equal ≤ N;  tie ⇔ better < N < better + equal.
 * The 汇总 sheet computes the same with shortlistFormula.
 */
export type AdvanceRule =
  | { kind: "top"; count: number; perItem: boolean }
  | { kind: "line"; points: number }
  | { kind: "all" };

export type Advance = "advance" | "tie-at-cut" | "out";

export interface Contender {
  item: number;
  /** The stage's final in hundredths (exact), or null without countable scores. */
  finalHundredths: number | null;
}

/** Whether `c` goes on among `all` (the stage's applications) under `rule`. */
export function advanceOf(c: Contender, all: readonly Contender[], rule: AdvanceRule): Advance {
  const final = c.finalHundredths;
  if (final === null) return "out";
  if (rule.kind === "all") return "advance";
  if (rule.kind === "line") return final >= Math.round(rule.points * 100) ? "advance" : "out";
  const rivals = all.filter(
    (o) => o.finalHundredths !== null && (!rule.perItem || o.item === c.item)
  );
  const better = rivals.filter((o) => o.finalHundredths! > final).length;
  const equal = rivals.filter((o) => o.finalHundredths === final).length;
  if (better + equal <= rule.count) return "advance";
  return better < rule.count ? "tie-at-cut" : "out";
}

/**
 * The same rule as a formula giving "advance", "tie" or "" (the sheet maps them to its words):
 * `item` and `final` are this row's cells, the ranges every application's (absolute).
 */
export function shortlistFormula(
  rule: AdvanceRule,
  refs: { item: string; final: string; itemRange: string; finalRange: string },
  words: { advance: string; tie: string }
): string {
  const go = `"${words.advance}"`;
  const has = `ISNUMBER(${refs.final})`;
  if (rule.kind === "all") return `=IF(${has},${go},"")`;
  if (rule.kind === "line") return `=IF(AND(${has},${refs.final}>=${rule.points}),${go},"")`;
  const group = rule.perItem ? `${refs.itemRange},${refs.item},` : "";
  const better = `COUNTIFS(${group}${refs.finalRange},">"&${refs.final})`;
  const equal = `COUNTIFS(${group}${refs.finalRange},${refs.final})`;
  const n = rule.count;
  return (
    `=IF(NOT(${has}),"",IF(${better}+${equal}<=${n},${go},` +
    `IF(${better}<${n},"${words.tie}","")))`
  );
}
