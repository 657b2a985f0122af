/**
 * The 封面 of a judge's workbook distributed from a roster: the round, the judge, and one line per
 * assigned application — its name linked to its scoring sheet, and live formulas for how many
 * sub-items are scored, the total and the 结论 (read from the sheet by INDIRECT, so they stay
 * right when a sheet's layout is re-applied), with how many applications are done.
 */
import { a4Print, address, quoteSheetName, SheetBuilder, type SheetPlan } from "../../sheet-kit";
import { SHEET_VERDICT, type Standard } from "../../standard";
import { t } from "../../strings";
import { withStandard } from "../standard-name";

export interface CoverLine {
  sheetName: string;
  applicationId: string;
  applicant: string;
  item: number;
  /** Where the scoring sheet holds these figures (its names' cells, e.g. "D24"). */
  cells: { scored: string; total: string; verdict: string };
  requiredCount: number;
}

export interface CoverRequest {
  round: string;
  judge: { id: string; name: string; unit: string };
  date: string;
  lines: CoverLine[];
}

const HEADS = ["no", "id", "applicant", "item", "scored", "total", "verdict"] as const;
const WIDTHS = [6, 10, 34, 14, 10, 10, 10];
const FIRST_LINE = 6;

const indirect = (sheet: string, cell: string) =>
  `INDIRECT("${quoteSheetName(sheet).replace(/"/g, '""')}!${cell}")`;

function titleRows(b: SheetBuilder, request: CoverRequest): void {
  b.value("A1", request.round, "title");
  b.merge("A1:G1");
  b.height(1, 30);
  const { judge } = request;
  b.text(
    "A2",
    t("cover.judge", {
      name: judge.name,
      id: judge.id,
      unit: judge.unit || "—",
      date: request.date || "—",
    }),
    "text"
  );
  b.merge("A2:G2");
  b.value("A3", t("cover.note"), "tableNoteWrap");
  b.merge("A3:G3");
  b.height(3, 30);
  HEADS.forEach((h, i) => b.value(address(i + 1, 5), t(`cover.col.${h}`), "header"));
  b.height(5, 22);
}

function line(b: SheetBuilder, standard: Standard, l: CoverLine, row: number, index: number): void {
  const title = standard.parts.find((p) => p.number === l.item)?.title ?? "";
  b.value(`A${row}`, index + 1, "number");
  b.text(`B${row}`, l.applicationId);
  b.value(`C${row}`, l.applicant, "subItemLink");
  b.link(`C${row}`, `${quoteSheetName(l.sheetName)}!A1`, t("cover.linkTip"));
  b.value(`D${row}`, `${l.item}. ${title}`, "text");
  b.formula(
    `E${row}`,
    `=${indirect(l.sheetName, l.cells.scored)}&"/${l.requiredCount}"`,
    `0/${l.requiredCount}`,
    "number"
  );
  b.formula(`F${row}`, `=${indirect(l.sheetName, l.cells.total)}`, 0, "number");
  b.formula(
    `G${row}`,
    `=${indirect(l.sheetName, l.cells.verdict)}`,
    SHEET_VERDICT.incomplete,
    "strong"
  );
  b.height(row, 22);
}

export function buildCoverSheet(
  standard: Standard,
  request: CoverRequest,
  sheetName = t("cover.sheetName")
): SheetPlan {
  const b = new SheetBuilder(sheetName);
  titleRows(b, request);
  request.lines.forEach((l, i) => line(b, standard, l, FIRST_LINE + i, i));
  const last = FIRST_LINE + Math.max(request.lines.length, 1) - 1;
  const done = last + 2;
  const verdicts = `G${FIRST_LINE}:G${last}`;
  b.value(`A${done}`, t("cover.done"), "totalsLabel");
  b.merge(`A${done}:D${done}`);
  b.formula(
    `E${done}`,
    `=COUNTIF(${verdicts},"${SHEET_VERDICT.pass}")+COUNTIF(${verdicts},"${SHEET_VERDICT.fail}")&"/${request.lines.length}"`,
    `0/${request.lines.length}`,
    "totalsValue"
  );
  b.value(`F${done}`, t("cover.doneNote"), "note");
  b.merge(`F${done}:G${done}`);
  b.height(done, 30);
  const plan = b.build({
    columns: WIDTHS,
    protection: { allowFormatColumns: true, allowFormatRows: true },
    print: a4Print("portrait", `A1:G${done}`, [1, 5], undefined, request.round),
    styleMergedCells: true,
  });
  return withStandard(plan, standard);
}
