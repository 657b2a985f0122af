/**
 * The parts of a scoring sheet: a header row per part (number, title, total), then one row per
 * sub-item with its name (a link to its place in the 评分指引 sheet), its maximum, the score
 * (validated 0…max, its input prompt listing the bands in points), the percentage, 成熟度 (band
 * list), 优点, 改进机会, 提示 (the row's warnings), and two hidden helpers: the status that
 * classifies the score as 空 / 好 / 错, and the row's number of warnings.
 */
import { address, FORMATS, quoteSheetName, type SheetBuilder } from "../../sheet-kit";
import {
  bandLabels,
  bandPoints,
  checkScore,
  entryWarningCodes,
  isBlank,
  partsForItem,
  pointsPerStep,
  hintFormula,
  hintText,
  warningCountFormula,
  type EntryCells,
  type Part,
  type Standard,
  type SubItem,
} from "../../standard";
import { t } from "../../strings";
import { entryName, STATUS } from "../../workbook-format";
import { at, COLUMNS, LAST_VISIBLE } from "./columns";
import type { ScoringSheetContext } from "./context";

/** The rows of one part's sub-items. */
export interface PartRows {
  part: Part;
  first: number;
  last: number;
}

/** The status formula: the same classification as checkScore (blank / valid / invalid). */
export function statusFormula(score: string, max: string): string {
  const s = STATUS;
  return (
    `=IF(ISERROR(${score}),"${s.invalid}",IF(LEN(${score})=0,"${s.blank}",` +
    `IF(ISLOGICAL(${score}),"${s.invalid}",` +
    `IF(ISNUMBER(${score}),IF(AND(${score}>=0,${score}<=${max}),"${s.ok}","${s.invalid}"),"${s.invalid}"))))`
  );
}

function statusOf(standard: Standard, sub: SubItem, raw: unknown): string {
  if (isBlank(raw)) return STATUS.blank;
  return checkScore(standard, sub, raw).status === "error" ? STATUS.invalid : STATUS.ok;
}

function partHeaderRow({ b }: ScoringSheetContext, part: Part, row: number): void {
  b.value(at("project", row), `${part.number}. ${part.title}`, "partHeader");
  b.value(at("partTotal", row), part.total, "partHeader");
  for (let c = COLUMNS.max; c <= LAST_VISIBLE; c++) b.value(address(c, row), null, "partHeader");
  b.height(row, 20);
}

/** The sub-item's name, linked to its place in the 评分指引 sheet when the workbook has one. */
function nameCell({ b, guide }: ScoringSheetContext, sub: SubItem, row: number): void {
  const target = guide?.rows[sub.code];
  const name = `${sub.code} ${sub.title}`;
  if (guide && target !== undefined) {
    b.value(at("project", row), name, "subItemLink");
    b.link(
      at("project", row),
      `${quoteSheetName(guide.sheetName)}!A${target}`,
      t("sheet.guideLinkTip")
    );
  } else b.value(at("project", row), name, "subItem");
}

function scoreCells(ctx: ScoringSheetContext, sub: SubItem, row: number): void {
  const { b } = ctx;
  const raw = ctx.entries[sub.code]?.score;
  const score = at("score", row);
  const max = at("max", row);
  nameCell(ctx, sub, row);
  b.value(at("partTotal", row), null, "number");
  b.value(max, sub.max, "number");
  b.put(score, {
    value: raw ?? null,
    style: "score",
    locked: false,
    input: "score",
    numberFormat: FORMATS.points,
  });
  b.formula(
    at("ratio", row),
    `=IF(ISNUMBER(${score}),${score}/${max},"")`,
    typeof raw === "number" && Number.isFinite(raw) ? raw / sub.max : "",
    "ratio",
    FORMATS.percent
  );
}

function inputCells(ctx: ScoringSheetContext, sub: SubItem, row: number): void {
  const entry = ctx.entries[sub.code] ?? {};
  for (const field of ["maturity", "strength", "improvement"] as const) {
    const a = ctx.b.put(at(field, row), {
      value: entry[field] ?? null,
      style: "input",
      locked: false,
      input: field,
      numberFormat: FORMATS.text,
    });
    ctx.b.name(entryName(field, sub.code), a);
  }
}

/** "0–5%：0–2.5；10–25%：5–12.5；…": the bands in points, for the score's input prompt. */
export function bandPointsText(standard: Standard, sub: SubItem): string {
  return standard.bands
    .map((band) => {
      const { low, high } = bandPoints(sub, band);
      return t("sheet.bandPoints", { min: band.min, max: band.max, low, high });
    })
    .join(t("sep.clause"));
}

/**
 * A score's validation (0 … max, Stop; its prompt lists the bands in points) and a 成熟度's (the
 * band list, Warning): the judge's sheet and the 共识 sheet guard their entries alike.
 */
export function entryValidations(
  b: SheetBuilder,
  standard: Standard,
  sub: SubItem,
  cells: { score: string; maturity: string }
): void {
  b.validate({
    address: cells.score,
    kind: "decimal",
    min: 0,
    max: sub.max,
    alertStyle: "stop",
    promptTitle: t("sheet.scorePromptTitle", { code: sub.code, max: sub.max }),
    prompt: t("sheet.scorePrompt", {
      max: sub.max,
      step: pointsPerStep(standard, sub),
      bands: bandPointsText(standard, sub),
    }),
    errorTitle: t("sheet.scoreErrorTitle"),
    error: t("sheet.scoreError", { code: sub.code, title: sub.title, max: sub.max }),
  });
  b.validate({
    address: cells.maturity,
    kind: "list",
    items: bandLabels(standard),
    alertStyle: "warning",
    promptTitle: t("sheet.maturityPromptTitle", { code: sub.code }),
    prompt: t("sheet.maturityPrompt"),
    errorTitle: t("sheet.maturityErrorTitle"),
    error: t("sheet.maturityError"),
  });
}

function validations(ctx: ScoringSheetContext, sub: SubItem, row: number): void {
  entryValidations(ctx.b, ctx.standard, sub, {
    score: at("score", row),
    maturity: at("maturity", row),
  });
}

/** The cells of a row the warning formulas read. */
function entryCells(row: number): EntryCells {
  return {
    score: at("score", row),
    max: at("max", row),
    maturity: at("maturity", row),
    strength: at("strength", row),
    improvement: at("improvement", row),
    validScore: `${at("status", row)}="${STATUS.ok}"`,
  };
}

/**
 * 提示 (visible: why the score is 有误, else the row's warnings) and the hidden count of the row's
 * warnings, both live formulas of src/standard's rules.
 */
function warningCells(ctx: ScoringSheetContext, sub: SubItem, row: number): void {
  const { b, standard } = ctx;
  const codes = entryWarningCodes(standard, sub, ctx.entries[sub.code] ?? {});
  const cells = entryCells(row);
  const entry = ctx.entries[sub.code] ?? {};
  b.formula(
    at("hint", row),
    hintFormula(standard, sub, cells),
    hintText(standard, sub, entry),
    "hint"
  );
  b.formula(
    at("warnings", row),
    warningCountFormula(standard, cells),
    codes.length,
    "helper",
    FORMATS.hidden
  );
}

function subItemRow(ctx: ScoringSheetContext, sub: SubItem, row: number): void {
  const { b } = ctx;
  scoreCells(ctx, sub, row);
  inputCells(ctx, sub, row);
  const score = at("score", row);
  b.formula(
    at("status", row),
    statusFormula(score, at("max", row)),
    statusOf(ctx.standard, sub, ctx.entries[sub.code]?.score),
    "helper",
    FORMATS.hidden
  );
  warningCells(ctx, sub, row);
  b.name(entryName("score", sub.code), score);
  b.height(row, 36);
  validations(ctx, sub, row);
}

/** Writes the parts from `firstRow` on; returns where each part's sub-items landed. */
export function partRows(ctx: ScoringSheetContext, firstRow: number): PartRows[] {
  let row = firstRow;
  return partsForItem(ctx.standard, ctx.header.item).map((part) => {
    partHeaderRow(ctx, part, row++);
    const first = row;
    for (const sub of part.subItems) subItemRow(ctx, sub, row++);
    return { part, first, last: row - 1 };
  });
}
