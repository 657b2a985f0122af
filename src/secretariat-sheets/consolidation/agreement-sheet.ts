/**
 * The 评委一致性 sheet — advice, nothing rescaled: per judge, the average deviation of their totals
 * from the other judges' mean on the same applications (points, and standardized by the pooled
 * within-application spread), flagged beyond the stated threshold; per item, Kendall's W of the
 * judges' rankings (src/consolidate/agreement.ts, docs/decision-and-agreement.md). A4 portrait.
 */
import { a4Print, FLAG_COLORS, FORMATS, SheetBuilder, type SheetPlan } from "../../sheet-kit";
import {
  JUDGE_FLAG_Z,
  judgeLabel,
  type ConsolidationResult,
  type ItemAgreement,
} from "../../consolidate";
import { t } from "../../strings";
import { headerRow, roundTitle } from "./table";

const JUDGE_HEADS = ["judge", "sheets", "compared", "deviation", "z", "flag"] as const;
const ITEM_HEADS = ["item", "applications", "judges", "w", "reading"] as const;

/** A plain reading of W (Landis–Koch-like bands, stated in the docs). */
function reading(w: number | null, item: ItemAgreement): string {
  if (w === null)
    return item.applications < 2 ? t("agreement.w.fewApplications") : t("agreement.w.fewJudges");
  if (w >= 0.7) return t("agreement.w.strong");
  if (w >= 0.4) return t("agreement.w.moderate");
  return t("agreement.w.weak");
}

const WIDTHS = [16, 10, 12, 14, 14, 46];

/** A note across the table's width, wrapped (the kit makes its row as tall as it needs). */
function note(b: SheetBuilder, row: number, text: string): void {
  b.value(`A${row}`, text, "tableNoteWrap");
  b.merge(`A${row}:F${row}`);
}

export function agreementSheet(result: ConsolidationResult): SheetPlan {
  const b = new SheetBuilder(t("summary.agreementSheet"));
  const { judges, items, pooledSd } = result.agreement;
  b.value("A1", t("agreement.title"), "tableTitle");
  note(b, 2, t("agreement.note", { z: JUDGE_FLAG_Z, sd: pooledSd ?? "—" }));
  headerRow(
    b,
    4,
    JUDGE_HEADS.map((h) => t(`agreement.col.${h}`))
  );
  let r = 5;
  for (const j of judges) {
    b.text(`A${r}`, judgeLabel(j, judges));
    b.value(`B${r}`, j.sheets, "number");
    b.value(`C${r}`, j.compared, "number");
    b.value(`D${r}`, j.meanDeviation, "number", FORMATS.hundredths);
    b.value(`E${r}`, j.zMeanDeviation, "number", FORMATS.hundredths);
    const flag = !j.flagged ? "" : t(j.zMeanDeviation! > 0 ? "agreement.high" : "agreement.low");
    b.value(`F${r}`, flag || null, "strong");
    r++;
  }
  b.highlight(`F5:F${Math.max(5, r - 1)}`, `=F5<>""`, FLAG_COLORS.neutral);
  r += 1;
  headerRow(
    b,
    r,
    ITEM_HEADS.map((h) => t(`agreement.col.${h}`))
  );
  b.value(`F${r}`, null, "header");
  b.merge(`E${r}:F${r}`);
  b.height(r, 30);
  r++;
  for (const it of items) {
    b.text(`A${r}`, `${it.item}. ${it.itemTitle}`);
    b.value(`B${r}`, it.applications, "number");
    b.value(`C${r}`, `${it.judgesUsed} / ${it.judgesInItem}`, "number");
    b.value(`D${r}`, it.kendallW, "number", FORMATS.hundredths);
    b.value(`E${r}`, reading(it.kendallW, it), "text");
    b.value(`F${r}`, null, "text");
    b.merge(`E${r}:F${r}`);
    r++;
  }
  note(b, r + 1, t("agreement.wNote"));
  return b.build({
    columns: WIDTHS,
    print: a4Print(
      "portrait",
      `A1:F${r + 1}`,
      [1, 2],
      undefined,
      `${roundTitle(result)}${t("sep.title")}${t("summary.agreementSheet")}`
    ),
  });
}
