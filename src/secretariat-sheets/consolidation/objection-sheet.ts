/**
 * The 异议登记 sheet: the secretariat's register of the objections received during the public
 * notice (公示) — 序号, 收到日期, 异议人（单位）, 涉及申报（编号）, 异议内容, 处理经过, 处理结果,
 * 办结日期 — as empty numbered rows to fill, the dates validated as dates, the texts wrapped, tall
 * enough to write in by hand on the printout. A4 landscape, the header row repeated.
 */
import { FORMATS, isoDateToSerial, SheetBuilder, type SheetPlan } from "../../sheet-kit";
import { t } from "../../strings";
import type { ConsolidationResult } from "../../consolidate";
import { headerRow, roundTitle, tableSheet } from "./table";

const HEADS = [
  "no",
  "received",
  "from",
  "about",
  "content",
  "handling",
  "outcome",
  "closed",
] as const;
const WIDTHS = [6, 12, 20, 17, 33, 30, 18, 12];
const HEADER = 3;
/** Rows to fill; the secretariat adds more by inserting rows inside the table. */
export const OBJECTION_ROWS = 12;
/** A row's height in points: room for two lines of handwriting, the table on one page. */
const ROW_HEIGHT = 36;
const DATE_RANGE = { from: "2000-01-01", to: "2099-12-31" };

function dateValidation(b: SheetBuilder, range: string): void {
  b.validate({
    address: range,
    kind: "decimal",
    min: isoDateToSerial(DATE_RANGE.from)!,
    max: isoDateToSerial(DATE_RANGE.to)!,
    alertStyle: "stop",
    promptTitle: t("objection.date.promptTitle"),
    prompt: t("objection.date.prompt"),
    errorTitle: t("objection.date.errorTitle"),
    error: t("objection.date.error"),
  });
}

export function objectionSheet(result: ConsolidationResult): SheetPlan {
  const b = new SheetBuilder(t("summary.objectionSheet"));
  b.value("A1", t("objection.title"), "tableTitle");
  b.merge("A1:H1");
  b.value("A2", t("objection.note"), "tableNoteWrap");
  b.merge("A2:H2");
  headerRow(
    b,
    HEADER,
    HEADS.map((h) => t(`objection.col.${h}`))
  );
  const first = HEADER + 1;
  const last = HEADER + OBJECTION_ROWS;
  for (let r = first; r <= last; r++) {
    b.value(`A${r}`, r - HEADER, "number");
    for (const c of ["B", "H"])
      b.put(`${c}${r}`, { value: null, style: "number", numberFormat: FORMATS.date });
    for (const c of ["C", "D", "E", "F", "G"]) b.text(`${c}${r}`, null);
    b.height(r, ROW_HEIGHT);
  }
  dateValidation(b, `B${first}:B${last}`);
  dateValidation(b, `H${first}:H${last}`);
  return tableSheet(
    b,
    WIDTHS,
    { orientation: "landscape", header: roundTitle(result), titleRows: [HEADER, HEADER] },
    HEADER
  );
}
