/**
 * The maturity guide's own state: the band and step chosen, the two comments being typed, and
 * what "已写入" reports. It follows the sheet (another sub-item, a score typed in the cell) and
 * writes through the pane's write action; nothing else of the workbook is touched here.
 */
import * as React from "react";
import type { CellValue } from "../../sheet-kit";
import type { Standard, SubItem } from "../../standard";
import { t } from "../../strings";
import type { EntryUpdate } from "../../workflows/judge-sheet/write-entry";
import { bandLabel, choiceForScore, pointsOf, type GuideChoice } from "../guide-model";

/** The sub-item's cells as the sheet has them. */
export type GuideEntry = Partial<
  Record<"score" | "maturity" | "strength" | "improvement", CellValue>
>;

/** What "已写入" reports, kept with what was written: it shows only while the sheet still holds it. */
interface Written {
  text: string;
  score: CellValue;
  maturity: CellValue;
}

export interface GuideStateDeps {
  standard: Standard;
  sub: SubItem;
  entry: GuideEntry;
  readOnly: boolean;
  busy: boolean;
  onWrite(code: string, update: EntryUpdate): Promise<boolean | undefined>;
}

const text = (v: CellValue | undefined) => (v === null || v === undefined ? "" : String(v));

export function useGuideState({ standard, sub, entry, readOnly, busy, onWrite }: GuideStateDeps) {
  const [choice, setChoice] = React.useState<GuideChoice | null>(() =>
    choiceForScore(standard, sub, entry.score)
  );
  const [strength, setStrength] = React.useState(text(entry.strength));
  const [improvement, setImprovement] = React.useState(text(entry.improvement));
  const [written, setWritten] = React.useState<Written | null>(null);
  // Follow the sheet: another sub-item, or a score typed directly in the cell.
  React.useEffect(
    () => setChoice(choiceForScore(standard, sub, entry.score)),
    [standard, sub, entry.score]
  );
  React.useEffect(() => {
    setStrength(text(entry.strength));
    setImprovement(text(entry.improvement));
  }, [sub, entry.strength, entry.improvement]);
  const writtenNow =
    written && written.score === entry.score && written.maturity === entry.maturity
      ? written.text
      : "";

  const write = async () => {
    if (!choice || readOnly || busy) return;
    const points = pointsOf(sub, choice);
    const maturity = bandLabel(standard, choice.band);
    const ok = await onWrite(sub.code, { score: points, maturity, strength, improvement });
    if (ok)
      setWritten({
        text: t("guide.written", { code: sub.code, points, band: maturity }),
        score: points,
        maturity,
      });
  };

  return {
    choice,
    setChoice,
    strength,
    setStrength,
    improvement,
    setImprovement,
    writtenNow,
    write,
  };
}
