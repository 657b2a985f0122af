/**
 * The 审定 sheet, for the award committee: one row per application proposed (拟获奖) or tied at
 * the cut (并列待定), by item and rank — 申报编号, 申报组织, 申报单项, 最终得分, 单项排名, 拟定结论 —
 * then the votes the secretariat types (同意, 不同意, 弃权: whole numbers ≥ 0), 审定结果 suggested by
 * a live formula of src/standard/approval.ts, and 审定结论 (通过 / 不通过 / 暂缓), which overrides
 * the suggestion when set. Below, the signature block of the chair (主任委员) and the members, with
 * the date. `mhscore notice` reads the rows back by 申报编号 (src/workbook-format/approval-format.ts).
 * A4 landscape, one page wide, the header row repeated.
 */
import { a4Print, FLAG_COLORS, FORMATS, SheetBuilder, type SheetPlan } from "../../sheet-kit";
import { APPROVAL_LABEL, approvalFormula, DECISION_LABEL, type Standard } from "../../standard";
import { t } from "../../strings";
import type { ApplicationResult, ConsolidationResult } from "../../consolidate";
import {
  APPROVAL_COLUMNS as C,
  APPROVAL_FORMAT_VERSION,
  APPROVAL_NAMES,
  type ApprovalRecord,
} from "../../workbook-format/approval-format";
import { nameColumnWidth } from "./name-column";
import { headerRow, roundTitle } from "./table";

const HEADER = 3;
/** A row's height in points: room to read the counts out across the table at the meeting. */
const ROW_HEIGHT = 22;
const HEADS = [
  "id",
  "applicant",
  "item",
  "final",
  "rank",
  "proposal",
  "yes",
  "no",
  "abstain",
  "suggested",
  "conclusion",
] as const;
/** Column widths A–K, 申报组织's fitted to the names; L (the format's cells) hidden. */
const widths = (names: string[]) => [
  10,
  nameColumnWidth(names),
  15,
  9,
  9,
  10,
  7,
  7,
  7,
  10,
  10,
  { width: 4, hidden: true },
];

/** The applications the committee decides on: proposed and tied, by item and rank (as 汇总). */
export function approvalCandidates(result: ConsolidationResult): ApplicationResult[] {
  return result.applications.filter(
    (a) => a.decision === "proposed" || a.decision === "tie-at-cut"
  );
}

function recordOf(standard: Standard, a: ApplicationResult): ApprovalRecord {
  const itemTitle = standard.parts.find((p) => p.number === a.item)?.title ?? "";
  return {
    id: a.applicationId ?? null,
    applicant: a.applicant,
    item: a.item,
    itemTitle,
    itemLabel: `${a.item}. ${itemTitle}`,
    final: a.final,
    rank: a.rank,
    proposal: DECISION_LABEL[a.decision],
  };
}

function voteCells(b: SheetBuilder, r: number): void {
  for (const c of [C.yes, C.no, C.abstain]) b.put(`${c}${r}`, { value: null, style: "score" });
  const refs = { yes: `${C.yes}${r}`, no: `${C.no}${r}`, abstain: `${C.abstain}${r}` };
  b.formula(`${C.suggested}${r}`, approvalFormula(refs), "", "strong");
  b.put(`${C.conclusion}${r}`, { value: null, style: "score", numberFormat: FORMATS.text });
}

function tableRow(b: SheetBuilder, r: number, rec: ApprovalRecord): void {
  b.text(`${C.id}${r}`, rec.id);
  b.text(`${C.applicant}${r}`, rec.applicant);
  b.text(`${C.item}${r}`, rec.itemLabel);
  b.value(`${C.final}${r}`, rec.final, "number", FORMATS.hundredths);
  b.value(`${C.rank}${r}`, rec.rank, "number");
  b.value(`${C.proposal}${r}`, rec.proposal, "strong");
  voteCells(b, r);
  b.height(r, ROW_HEIGHT);
}

function validations(b: SheetBuilder, first: number, last: number): void {
  const votes = `${C.yes}${first}:${C.abstain}${last}`;
  const top = `${C.yes}${first}`;
  b.validate({
    address: votes,
    kind: "custom",
    formula: `=AND(ISNUMBER(${top}),${top}>=0,${top}=INT(${top}))`,
    alertStyle: "stop",
    promptTitle: t("approval.vote.promptTitle"),
    prompt: t("approval.vote.prompt"),
    errorTitle: t("approval.vote.errorTitle"),
    error: t("approval.vote.error"),
  });
  b.validate({
    address: `${C.conclusion}${first}:${C.conclusion}${last}`,
    kind: "list",
    items: Object.values(APPROVAL_LABEL),
    alertStyle: "stop",
    promptTitle: t("approval.conclusion.promptTitle"),
    prompt: t("approval.conclusion.prompt"),
    errorTitle: t("approval.conclusion.errorTitle"),
    error: t("approval.conclusion.error"),
  });
  for (const col of [C.suggested, C.conclusion]) {
    const range = `${col}${first}:${col}${last}`;
    b.highlight(range, `=${col}${first}="${APPROVAL_LABEL.pass}"`, FLAG_COLORS.good);
    b.highlight(range, `=${col}${first}="${APPROVAL_LABEL.fail}"`, FLAG_COLORS.bad);
    b.highlight(range, `=${col}${first}="${APPROVAL_LABEL.defer}"`, FLAG_COLORS.neutral);
  }
}

/** The chair's and the members' signatures and the date from row `first`, kept together; its last row. */
function signatureBlock(b: SheetBuilder, first: number): number {
  const [chair, members] = [first, first + 1];
  b.value(`A${chair}`, t("approval.sign.chair"), "signature");
  for (const c of "BCDEF") b.value(`${c}${chair}`, null, "signature");
  b.merge(`A${chair}:F${chair}`);
  b.value(`G${chair}`, t("approval.sign.date"), "signature");
  for (const c of "HIJK") b.value(`${c}${chair}`, null, "signature");
  b.merge(`G${chair}:K${chair}`);
  b.height(chair, 40);
  b.value(`A${members}`, t("approval.sign.members"), "signature");
  for (const c of "BCDEFGHIJK") b.value(`${c}${members}`, null, "signature");
  b.merge(`A${members}:K${members}`);
  b.height(members, 80);
  b.keepTogether(first - 2, members);
  return members;
}

/** The format's hidden cells: the version, the round, the record of the rows. */
function formatCells(b: SheetBuilder, result: ConsolidationResult, records: ApprovalRecord[]) {
  const helper = (row: number, value: string | number | null, name: string) =>
    b.name(
      name,
      b.put(`${C.helper}${row}`, { value, style: "helper", numberFormat: FORMATS.hidden })
    );
  helper(1, APPROVAL_FORMAT_VERSION, APPROVAL_NAMES.format);
  helper(2, result.round?.name ?? null, APPROVAL_NAMES.round);
  helper(3, JSON.stringify(records), APPROVAL_NAMES.rows);
}

export function approvalSheet(standard: Standard, result: ConsolidationResult): SheetPlan {
  const b = new SheetBuilder(t("summary.approvalSheet"));
  b.value("A1", t("approval.title"), "tableTitle");
  b.merge("A1:K1");
  b.value("A2", t("approval.note"), "tableNoteWrap");
  b.merge("A2:K2");
  headerRow(
    b,
    HEADER,
    HEADS.map((h) => t(`approval.col.${h}`))
  );
  const records = approvalCandidates(result).map((a) => recordOf(standard, a));
  const first = HEADER + 1;
  records.forEach((rec, i) => tableRow(b, first + i, rec));
  if (records.length === 0) b.value(`A${first}`, t("approval.none"), "tableNote");
  const last = Math.max(first, HEADER + records.length);
  if (records.length > 0) validations(b, first, last);
  b.name(APPROVAL_NAMES.first, `${C.id}${first}`);
  b.name(APPROVAL_NAMES.end, `${C.id}${last + 1}`);
  formatCells(b, result, records);
  const end = signatureBlock(b, last + 2);
  return b.build({
    columns: widths(records.map((r) => r.applicant)),
    freezeRows: HEADER,
    print: a4Print(
      "landscape",
      `A1:K${end}`,
      [HEADER, HEADER],
      undefined,
      `${roundTitle(result)}${t("sep.title")}${t("summary.approvalSheet")}`
    ),
  });
}
