/**
 * Rows 1–5 of a scoring sheet: the title (with the format version hidden beside it), the
 * application (applicant, item, judge, date, the submission stamp and its hidden record) and
 * the column headers.
 */
import { FORMATS, type CellValue } from "../../sheet-kit";
import { t } from "../../strings";
import { FORMAT_VERSION, IDENTITY_NAMES, NAMES } from "../../workbook-format";
import { at, HEADER_ROW, lastVisibleLetter, span } from "./columns";
import type { ScoringSheetContext } from "./context";

/** A hidden helper cell in the status column, with its name. */
export function helperCell(ctx: ScoringSheetContext, row: number, name: string, value: CellValue) {
  const a = ctx.b.value(at("status", row), value, "helper", FORMATS.hidden);
  ctx.b.name(name, a);
}

function titleRow(ctx: ScoringSheetContext): void {
  const { b } = ctx;
  b.value("A1", t("sheet.title"), "title");
  b.merge(`A1:${lastVisibleLetter()}1`);
  b.height(1, 30);
  helperCell(ctx, 1, NAMES.format, FORMAT_VERSION);
}

function applicationRows(ctx: ScoringSheetContext, dateSerial: number): void {
  const { b, header, standard } = ctx;
  const itemTitle = standard.parts.find((p) => p.number === header.item)!.title;
  b.value("A2", t("sheet.applicant"), "label");
  b.value("B2", header.applicant, "value", FORMATS.text);
  b.merge(span("partTotal", "hint", 2));
  b.name(NAMES.applicant, "B2");
  b.value("A3", t("sheet.item"), "label");
  b.value("B3", header.item, "value", t("sheet.itemFormat", { title: itemTitle }));
  b.merge("B3:D3");
  b.name(NAMES.item, "B3");
  b.value("E3", t("sheet.judge"), "label");
  b.value("F3", header.judge, "value", FORMATS.text);
  b.merge(span("maturity", "hint", 3));
  b.name(NAMES.judge, "F3");
  b.value("A4", t("sheet.date"), "label");
  b.value("B4", dateSerial, "value", FORMATS.date);
  b.merge("B4:D4");
  b.name(NAMES.date, "B4");
  // E4:I4 shows the submission stamp; the hidden cells J2:J4 and the history hold its record.
  b.value("E4", null, "value", FORMATS.text);
  b.merge(span("ratio", "hint", 4));
  b.name(NAMES.stamp, "E4");
  helperCell(ctx, 2, NAMES.status, null);
  helperCell(ctx, 3, NAMES.submittedAt, null);
  helperCell(ctx, 4, NAMES.digest, null);
  for (const r of [2, 3, 4]) b.height(r, 20);
  identityCells(ctx);
}

/** A distributed sheet's identity in its round: hidden cells K1:K3 with MH_ROUND, MH_APP_ID, MH_JUDGE_ID. */
function identityCells(ctx: ScoringSheetContext): void {
  const identity = ctx.header.identity;
  if (!identity) return;
  (["round", "applicationId", "judgeId"] as const).forEach((field, i) => {
    const a = ctx.b.put(at("warnings", i + 1), {
      value: identity[field],
      style: "helper",
      numberFormat: FORMATS.hidden,
    });
    ctx.b.name(IDENTITY_NAMES[field], a);
  });
}

const HEADERS = [
  "project",
  "partTotal",
  "max",
  "score",
  "ratio",
  "maturity",
  "strength",
  "improvement",
  "hint",
] as const;

function columnHeaderRow({ b }: ScoringSheetContext): void {
  for (const h of HEADERS) b.value(at(h, HEADER_ROW), t(`sheet.col.${h}`), "header");
  b.value(at("status", HEADER_ROW), t("sheet.col.status"), "helper", FORMATS.hidden);
  b.height(HEADER_ROW, 24);
}

export function headerBlock(ctx: ScoringSheetContext, dateSerial: number): void {
  titleRow(ctx);
  applicationRows(ctx, dateSerial);
  columnHeaderRow(ctx);
}
