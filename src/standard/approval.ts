/**
 * The committee's vote on a proposed winner (审定): 同意, 不同意 and 弃权 counts, each a whole
 * number ≥ 0 or blank (a blank counts as 0 once any count is typed).
 *
 *   suggested result = 通过    ⇔ 2 × 同意 > 同意 + 不同意 + 弃权   (more than half of the votes cast)
 *                      不通过  otherwise
 *                      (blank) while no count is typed, when no vote is cast (all 0), or when a
 *                              count is not a whole number ≥ 0
 *
 * An abstention is a vote cast: it counts against a majority, as in a committee that decides by
 * the members present. The secretariat's 审定结论 (通过 / 不通过 / 暂缓), when set, overrides the
 * suggestion (decidedApproval). The 审定 sheet computes the same with approvalFormula.
 */
import { APPROVAL_LABEL, type Approval } from "./decision";

/** One vote count as a cell holds it: a number, a text typed into it, or blank (null). */
export type VoteCell = number | string | boolean | null;

export interface Votes {
  for: VoteCell;
  against: VoteCell;
  abstain: VoteCell;
}

/** Whether a cell holds an admissible vote count: blank, or a whole number ≥ 0. */
export const isVoteCount = (v: VoteCell): boolean =>
  v === null || (typeof v === "number" && Number.isInteger(v) && v >= 0);

/** The result the votes suggest, or null (blank) as above. */
export function suggestedApproval(votes: Votes): Exclude<Approval, "defer"> | null {
  const cells = [votes.for, votes.against, votes.abstain];
  if (cells.every((v) => v === null)) return null;
  if (!cells.every(isVoteCount)) return null;
  const [yes, no, abstain] = cells.map((v) => (v === null ? 0 : (v as number)));
  const cast = yes + no + abstain;
  if (cast === 0) return null;
  return 2 * yes > cast ? "pass" : "fail";
}

/** The committee's decision: the conclusion set, else the votes' suggestion (null: undecided). */
export function decidedApproval(votes: Votes, conclusion: Approval | null): Approval | null {
  return conclusion ?? suggestedApproval(votes);
}

/** The 审定 word typed into a cell, or null when it is none of them (blank included). */
export function approvalOfText(text: string): Approval | null {
  const typed = text.trim();
  const found = (Object.keys(APPROVAL_LABEL) as Approval[]).find(
    (k) => APPROVAL_LABEL[k] === typed
  );
  return found ?? null;
}

/**
 * The suggestion as a formula over this row's three count cells, adjacent in the order 同意,
 * 不同意, 弃权. A text, TRUE/FALSE, a negative or a fraction leaves it blank.
 */
export function approvalFormula(refs: { yes: string; no: string; abstain: string }): string {
  const cells = [refs.yes, refs.no, refs.abstain];
  const range = `${refs.yes}:${refs.abstain}`;
  const pass = `"${APPROVAL_LABEL.pass}"`;
  const fail = `"${APPROVAL_LABEL.fail}"`;
  // ISLOGICAL cell by cell: LibreOffice counts TRUE as a number, Excel does not; neither is a count.
  const logical = cells.map((c) => `ISLOGICAL(${c})`).join(",");
  const bad = `OR(${logical},MIN(${range})<0,SUMPRODUCT(--(${range}<>INT(${range})))>0)`;
  return (
    `=IF(COUNTA(${range})=0,"",IF(COUNTA(${range})>COUNT(${range}),"",` +
    `IF(${bad},"",IF(SUM(${range})=0,"",IF(2*N(${refs.yes})>SUM(${range}),${pass},${fail})))))`
  );
}
