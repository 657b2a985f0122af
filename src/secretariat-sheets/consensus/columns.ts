/** The columns of a 共识 sheet for J judges: fixed ones, the judges, then the consensus inputs. */
import { columnLetter } from "../../sheet-kit";

export function consensusColumns(judges: number) {
  const J = Math.max(judges, 1);
  const judge0 = 4;
  const after = judge0 + J;
  const col = {
    code: 1,
    title: 2,
    max: 3,
    judge0,
    mean: after,
    range: after + 1,
    flag: after + 2,
    score: after + 3,
    maturity: after + 4,
    strength: after + 5,
    improvement: after + 6,
    hint: after + 7,
    /** Hidden helpers: the consensus score's status and the entry's number of warnings. */
    status: after + 8,
    warnings: after + 9,
  };
  const widths = [6, 18, 6, ...Array<number>(J).fill(11), 9, 7, 6, 9, 14, 30, 30, 12, 2, 2];
  return {
    ...col,
    widths: widths.map((width, i) => (i >= col.status - 1 ? { width, hidden: true } : width)),
    letter: columnLetter,
    /** The width of columns from…to (1-based, inclusive), in Excel character units. */
    widthOf: (from: number, to: number) => widths.slice(from - 1, to).reduce((a, b) => a + b, 0),
  };
}

export type ConsensusColumns = ReturnType<typeof consensusColumns>;
