/**
 * The 拟获奖名单 sheet, for the committee: per item, the passing applications in rank order with
 * their final score, and the proposal as a live formula of src/standard/decision.ts — 拟获奖 for
 * the first N, 并列待定 for a tie at the cut. N stands in a cell: the committee may change it and
 * see the list follow (blank: every passing application); a passing application outside the
 * quota reads 达线未入选. Below the list, the committee's approval block (意见, 主任 and 委员
 * signatures, date), kept on the list's last page. A4 portrait, header rows repeated.
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
import { nameColumnWidth } from "./name-column";
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
/** Column widths, 申报组织's (index 3) fitted to the names. */
const widths = (names: string[]) => [17, 6, 10, nameColumnWidth(names), 10, 9, 8, 11, 30];
export const WINNERS_CELL = "C2";

/** The passing applications, by item and rank (ties by name). */
function passing(result: ConsolidationResult): ApplicationResult[] {
  return result.applications.filter((a) => a.verdict === APPLICATION_VERDICT.pass);
}

/** What the 拟获奖 column shows for an application: its decision, 达线未入选 outside the quota. */
const decisionText = (app: ApplicationResult) =>
  app.decision === "not-proposed" ? t("decision.outsideQuota") : DECISION_LABEL[app.decision];

/**
 * The committee's approval block from row `first`: 意见, the chair's and the members' signatures
 * and the date, kept together (and with the list's last row) on one page. Returns its last row.
 */
function approvalBlock(b: SheetBuilder, first: number): number {
  const [opinion, chair, members] = [first, first + 1, first + 2];
  b.value(`A${opinion}`, t("decision.approval.opinion"), "guideText");
  b.merge(`A${opinion}:I${opinion}`);
  b.height(opinion, 60);
  b.value(`A${chair}`, t("decision.approval.chair"), "signature");
  for (const c of "BCDE") b.value(`${c}${chair}`, null, "signature");
  b.merge(`A${chair}:E${chair}`);
  b.value(`F${chair}`, t("decision.approval.date"), "signature");
  for (const c of "GHI") b.value(`${c}${chair}`, null, "signature");
  b.merge(`F${chair}:I${chair}`);
  b.height(chair, 36);
  b.value(`A${members}`, t("decision.approval.members"), "signature");
  for (const c of "BCDEFGHI") b.value(`${c}${members}`, null, "signature");
  b.merge(`A${members}:I${members}`);
  b.height(members, 72);
  b.keepTogether(first - 2, members);
  return members;
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
      outside: t("decision.outsideQuota"),
    });
    b.formula(`H${r}`, formula, decisionText(a), "strong");
    const note = noteFor(a, apps);
    b.text(`I${r}`, note || null);
  });
  if (apps.length === 0) b.value(`A${first}`, t("decision.none"), "tableNote");
  const end = approvalBlock(b, last + 2);
  const decisions = `H${first}:H${last}`;
  b.highlight(decisions, `=H${first}="${DECISION_LABEL.proposed}"`, FLAG_COLORS.good);
  b.highlight(decisions, `=H${first}="${DECISION_LABEL["tie-at-cut"]}"`, FLAG_COLORS.neutral);
  return b.build({
    columns: widths(apps.map((a) => a.applicant)),
    freezeRows: HEADER,
    print: a4Print(
      "portrait",
      `A1:I${end}`,
      [HEADER, HEADER],
      undefined,
      `${roundTitle(result)}${t("sep.title")}${t("summary.decisionSheet")}`
    ),
  });
}
