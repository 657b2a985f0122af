/** The judges' comments on one sub-item, as the 共识 sheet shows them. */
import type { CellValue } from "../../sheet-kit";
import { clause, t } from "../../strings";
import { commentLines, type JudgeEntry } from "../../consolidate";

const textOf = (v: CellValue | undefined) =>
  v === null || v === undefined ? "" : String(v).trim();

/** The comments merged for editing: one per line, without names, each line once. */
export function mergedComments(values: (CellValue | undefined)[]): string {
  return commentLines(values).join("\n");
}

/** Who wrote what, for the meeting: “张三 优点：…；改进机会：…”, one judge per line. */
export function judgeComments(judges: JudgeEntry[], code: string): string {
  return judges
    .map((j) => {
      const strength = textOf(j.strength[code]);
      const improvement = textOf(j.improvement[code]);
      if (!strength && !improvement) return "";
      return t("consensus.judgeLine", {
        judge: j.judge,
        // The judge's own ending mark never meets the line's "；" (体系。；).
        strength: clause(strength) || "—",
        improvement: improvement || "—",
      });
    })
    .filter(Boolean)
    .join("\n");
}
