/**
 * The workbook of a round in stages: the combined 汇总 first — per application each stage's final
 * (linked to that stage's own 汇总 sheet, which follows), the combined final Σ weight × stage final,
 * its rank, verdict and 拟获奖 within the item, all live formulas — then each stage's 汇总 under
 * its own name (资料评审汇总, 现场评审汇总), with its 晋级 column. Changing a score in a stage's
 * sheet moves the combined final, the ranks and the proposal.
 */
import {
  a4Print,
  columnLetter,
  FLAG_COLORS,
  FORMATS,
  SheetBuilder,
  type SheetPlan,
} from "../../sheet-kit";
import {
  applicationVerdictFormula,
  combinedFormula,
  decisionFormula,
  DECISION_LABEL,
  passLine,
  APPLICATION_VERDICT,
  type Standard,
} from "../../standard";
import { joinText, t } from "../../strings";
import { combinedAsResult, type CombinedApplication, type StageResult } from "../../consolidate";
import { withStandard } from "../../judge-sheets/standard-name";
import { approvalSheet } from "./approval-sheet";
import { decisionSheet } from "./decision-sheet";
import { objectionSheet } from "./objection-sheet";
import { nameColumnWidth } from "./name-column";
import { summaryLayout, summarySheet } from "./summary-sheet";
import { roundTitle } from "./table";

const L = columnLetter;
const HEADER = 3;

/** A stage's own 汇总 sheet's name: 资料评审汇总. */
export const stageSummaryName = (stageName: string) => `${stageName}${t("summary.sheet")}`;

const quoted = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;

function combinedColumns(S: number) {
  const stage0 = 6;
  const combined = stage0 + S;
  return {
    rank: 1,
    itemNo: 2,
    item: 3,
    id: 4,
    applicant: 5,
    stage0,
    combined,
    verdict: combined + 1,
    decision: combined + 2,
    notes: combined + 3,
  };
}

function combinedTitle(b: SheetBuilder, standard: Standard, stages: readonly StageResult[]) {
  const { options } = stages[0].result;
  const last = L(combinedColumns(stages.length).notes);
  b.value("A1", t("combined.title"), "tableTitle");
  b.merge(`A1:${last}1`);
  b.value("A2", t("summary.passLine"), "strong");
  b.value("B2", passLine(standard, options.passRatio), "strong", FORMATS.points);
  const terms = stages
    .filter((s) => s.stage.weight !== 0)
    .map((s) => t("combined.term", { stage: s.stage.name, weight: s.stage.weight }));
  const sheets = stages
    .map((s) => t("combined.sheetName", { sheet: stageSummaryName(s.stage.name) }))
    .join(t("sep.list"));
  const rule = t("combined.rule", { terms: terms.join(" + "), sheets });
  b.value("C2", joinText([rule, t("combined.who")], t("sep.sentence")), "tableNoteWrap");
  b.merge(`C2:${last}2`);
  const col = combinedColumns(stages.length);
  const heads: [number, string][] = [
    [col.rank, t("summary.col.rank")],
    [col.itemNo, t("summary.col.itemNo")],
    [col.item, t("summary.col.item")],
    [col.id, t("summary.col.id")],
    [col.applicant, t("summary.col.applicant")],
    ...stages.map((s, i): [number, string] => [
      col.stage0 + i,
      t("combined.col.stage", { stage: s.stage.name, weight: s.stage.weight }),
    ]),
    [col.combined, t("combined.col.combined")],
    [col.verdict, t("summary.col.verdict")],
    [col.decision, t("combined.col.decision")],
    [col.notes, t("summary.col.notes")],
  ];
  for (const [c, v] of heads) b.value(`${L(c)}${HEADER}`, v, "header");
}

/** Where an application's final and 晋级 stand in a stage's own 汇总 sheet. */
function stageCells(s: StageResult, id: string) {
  const { col, firstRow } = summaryLayout(s.result);
  const at = s.result.applications.findIndex((a) => a.applicationId === id);
  const sheet = quoted(stageSummaryName(s.stage.name));
  if (at < 0) return null;
  const row = firstRow + at;
  return {
    final: `${sheet}!${L(col.final)}${row}`,
    advance: col.advance ? `${sheet}!${L(col.advance)}${row}` : null,
  };
}

interface RowContext {
  b: SheetBuilder;
  stages: readonly StageResult[];
  col: ReturnType<typeof combinedColumns>;
  whole: (c: number) => string;
  winners?: number;
}

function combinedRow(ctx: RowContext, app: CombinedApplication, r: number): void {
  const { b, col, stages } = ctx;
  const cell = (c: number) => `${L(c)}${r}`;
  b.value(cell(col.itemNo), app.item, "number");
  b.value(cell(col.item), app.itemTitle, "text");
  b.text(cell(col.id), app.applicationId);
  b.text(cell(col.applicant), app.applicant);
  const links = stages.map((s) => stageCells(s, app.applicationId));
  links.forEach((link, i) => {
    const at = cell(col.stage0 + i);
    const shown = app.finals[i] ?? "";
    if (link)
      b.formula(
        at,
        `=IF(ISNUMBER(${link.final}),${link.final},"")`,
        shown,
        "number",
        FORMATS.hundredths
      );
    else b.value(at, null, "number");
  });
  b.text(cell(col.notes), app.note || null);
  const combined = cell(col.combined);
  if (app.ineligible !== undefined) {
    b.value(combined, null, "strong");
    b.value(cell(col.verdict), t("summary.ineligible"), "strong");
    b.value(cell(col.decision), null, "strong");
    b.value(cell(col.rank), null, "strong");
    return;
  }
  const sum = combinedFormula(
    stages.map((s, i) => ({ weight: s.stage.weight, final: cell(col.stage0 + i) }))
  ).slice(1);
  // Left out at an earlier stage (its 晋级 there blank): not in the combined ranking.
  const gates = links
    .slice(0, -1)
    .map((l) => l?.advance)
    .filter((a): a is string => !!a)
    .map((a) => `${a}=""`);
  const formula = gates.length ? `=IF(OR(${gates.join(",")}),"",${sum})` : `=${sum}`;
  b.formula(combined, formula, app.combined ?? "", "strong", FORMATS.hundredths);
  b.formula(
    cell(col.rank),
    `=IF(ISNUMBER(${combined}),COUNTIFS(${ctx.whole(col.itemNo)},${cell(col.itemNo)},${ctx.whole(col.combined)},">"&${combined})+1,"")`,
    app.rank ?? "",
    "strong"
  );
  const verdict = cell(col.verdict);
  b.formula(verdict, applicationVerdictFormula(combined, "$B$2"), app.verdict, "strong");
  const decision = decisionFormula({
    item: cell(col.itemNo),
    verdict,
    final: combined,
    itemRange: ctx.whole(col.itemNo),
    verdictRange: ctx.whole(col.verdict),
    finalRange: ctx.whole(col.combined),
    ...(ctx.winners !== undefined ? { winners: String(ctx.winners) } : {}),
  });
  b.formula(cell(col.decision), `=${decision}`, DECISION_LABEL[app.decision], "strong");
}

/** The combined 汇总 sheet. */
export function combinedSheet(
  standard: Standard,
  stages: readonly StageResult[],
  combined: CombinedApplication[]
): SheetPlan {
  const b = new SheetBuilder(t("summary.sheet"));
  const col = combinedColumns(stages.length);
  combinedTitle(b, standard, stages);
  const first = HEADER + 1;
  const last = HEADER + Math.max(1, combined.length);
  const whole = (c: number) => `$${L(c)}$${first}:$${L(c)}$${last}`;
  const winners = stages[0].result.options.winners;
  const ctx: RowContext = { b, stages, col, whole, ...(winners !== undefined ? { winners } : {}) };
  combined.forEach((app, i) => combinedRow(ctx, app, first + i));
  const verdicts = `${L(col.verdict)}${first}:${L(col.verdict)}${last}`;
  const v = `${L(col.verdict)}${first}`;
  b.highlight(verdicts, `=${v}="${APPLICATION_VERDICT.pass}"`, FLAG_COLORS.good);
  b.highlight(verdicts, `=${v}="${APPLICATION_VERDICT.fail}"`, FLAG_COLORS.bad);
  const decisions = `${L(col.decision)}${first}:${L(col.decision)}${last}`;
  const d = `${L(col.decision)}${first}`;
  b.highlight(decisions, `=${d}="${DECISION_LABEL.proposed}"`, FLAG_COLORS.good);
  b.highlight(decisions, `=${d}="${DECISION_LABEL["tie-at-cut"]}"`, FLAG_COLORS.neutral);
  // Row 2's note wraps: the kit makes it as tall as its text.
  for (const [row, height] of [
    [1, 26],
    [HEADER, 32],
  ])
    b.height(row, height);
  const widths = [
    6,
    5,
    13,
    8,
    nameColumnWidth(combined.map((a) => a.applicant)),
    ...stages.map(() => 11),
    10,
    10,
    8,
    36,
  ];
  const title = `${roundTitle(stages[0].result)}${t("sep.title")}${t("summary.sheet")}`;
  return b.build({
    columns: widths,
    freezeRows: HEADER,
    print: a4Print("landscape", `A1:${L(col.notes)}${last}`, [1, HEADER], undefined, title),
  });
}

/**
 * The workbook of a round in stages: the combined 汇总, each stage's own 汇总, then the
 * 拟获奖名单, 审定 and 异议登记 of the combined result (the notice reads its 审定 back).
 */
export function stagesWorkbook(
  standard: Standard,
  stages: readonly StageResult[],
  combined: CombinedApplication[]
): SheetPlan[] {
  const proposal = combinedAsResult(standard, stages, combined);
  return [
    combinedSheet(standard, stages, combined),
    ...stages.map((s) => {
      const plan = summarySheet(standard, s.result);
      const name = stageSummaryName(s.stage.name);
      const header = plan.print?.header;
      const print = plan.print && {
        ...plan.print,
        ...(header ? { header: header.replace(t("summary.sheet"), name) } : {}),
      };
      return { ...plan, sheetName: name, ...(print ? { print } : {}) };
    }),
    decisionSheet(standard, proposal),
    approvalSheet(standard, proposal),
    objectionSheet(proposal),
  ].map((plan) => withStandard(plan, standard));
}
