/**
 * The 拟获奖名单 sheet, for the committee: per item, the passing applications in rank order with
 * their final score, and the proposal as a live formula of src/standard/decision.ts — 拟获奖 for
 * the first N, 并列待定 for a tie at the cut. N stands in a cell: the committee may change it and
 * see the list follow (blank: every passing application). A4 portrait, header rows repeated.
 */
import {
  a4Print,
  absolute,
  FLAG_COLORS,
  FORMATS,
  SheetBuilder,
  type SheetPlan,
} from "../../sheet-kit";
import {
  APPLICATION_VERDICT,
  decisionFormula,
  DECISION_LABEL,
  type Standard,
} from "../../standard";
import { t } from "../../strings";
import type { ApplicationResult, ConsolidationResult } from "../../consolidate";
import { headerRow, roundTitle } from "./table";

const HEADER = 4;
const HEADS = [
  "item",
  "rank",
  "id",
  "applicant",
  "final",
  "percent",
  "verdict",
  "decision",
  "note",
] as const;
const WIDTHS = [17, 6, 10, 30, 10, 9, 8, 10, 34];
export const WINNERS_CELL = "C2";

/** The passing applications, by item and rank (ties by name). */
function passing(result: ConsolidationResult): ApplicationResult[] {
  return result.applications.filter((a) => a.verdict === APPLICATION_VERDICT.pass);
}

function noteFor(app: ApplicationResult, all: ApplicationResult[]): string {
  if (app.decision !== "tie-at-cut") return "";
  const tied = all
    .filter((o) => o !== app && o.item === app.item && o.decision === "tie-at-cut")
    .map((o) => o.applicant);
  return t("decision.tieNote", { others: tied.join(t("sep.list")) });
}

export function decisionSheet(standard: Standard, result: ConsolidationResult): SheetPlan {
  const b = new SheetBuilder(t("summary.decisionSheet"));
  const winners = result.options.winners;
  b.value("A1", t("decision.title"), "tableTitle");
  b.value("A2", t("decision.winnersLabel"), "strong");
  b.merge("A2:B2");
  b.value(WINNERS_CELL, winners ?? null, "number");
  b.value("D2", t("decision.winnersNote"), "tableNote");
  b.merge("D2:I2");
  b.value("A3", t("decision.note"), "tableNoteWrap");
  b.merge("A3:I3");
  headerRow(
    b,
    HEADER,
    HEADS.map((h) => t(`decision.col.${h}`))
  );
  const apps = passing(result);
  const first = HEADER + 1;
  const last = Math.max(first, HEADER + apps.length);
  const range = (col: string) => absolute(`${col}${first}:${col}${last}`);
  apps.forEach((a, i) => {
    const r = first + i;
    const title = standard.parts.find((p) => p.number === a.item)?.title ?? "";
    b.text(`A${r}`, `${a.item}. ${title}`);
    b.value(`B${r}`, a.rank, "number");
    b.text(`C${r}`, a.applicationId ?? null);
    b.text(`D${r}`, a.applicant);
    b.value(`E${r}`, a.final, "number", FORMATS.hundredths);
    b.value(`F${r}`, a.percent, "number", FORMATS.percent2);
    b.value(`G${r}`, a.verdict, "strong");
    const formula = decisionFormula({
      item: `A${r}`,
      verdict: `G${r}`,
      final: `E${r}`,
      itemRange: range("A"),
      verdictRange: range("G"),
      finalRange: range("E"),
      winners: absolute(WINNERS_CELL),
    });
    b.formula(`H${r}`, formula, DECISION_LABEL[a.decision], "strong");
    const note = noteFor(a, apps);
    b.text(`I${r}`, note || null);
  });
  if (apps.length === 0) b.value(`A${first}`, t("decision.none"), "tableNote");
  const decisions = `H${first}:H${last}`;
  b.highlight(decisions, `=H${first}="${DECISION_LABEL.proposed}"`, FLAG_COLORS.good);
  b.highlight(decisions, `=H${first}="${DECISION_LABEL["tie-at-cut"]}"`, FLAG_COLORS.neutral);
  return b.build({
    columns: WIDTHS,
    freezeRows: HEADER,
    print: a4Print(
      "portrait",
      `A1:I${last}`,
      [HEADER, HEADER],
      undefined,
      `${roundTitle(result)}${t("sep.title")}${t("summary.decisionSheet")}`
    ),
  });
}
