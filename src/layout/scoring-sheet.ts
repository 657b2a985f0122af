/**
 * The plan of one judge's scoring sheet for one application, following the official 评分表:
 * title, application block, one row per sub-item of the chosen item and of 创新价值, then
 * subtotals, total, percentage, pass line, progress, verdict and the signature line.
 *
 * Every figure below the scores is a live formula implementing src/standard's rule, so the
 * sheet stays right in Excel, WPS or LibreOffice without the add-in. A hidden helper column
 * (I) classifies each score cell as 空 / 好 / 错; the verdict counts those.
 */
import { t } from "../strings";
import {
  isBlank,
  passLine,
  partsForItem,
  pointsPerStep,
  summarize,
  checkScore,
  type Standard,
  type SubItem,
} from "../standard";
import { address, absolute, parseAddress } from "./cell-address";
import { isoDateToSerial } from "./excel-date";
import { FORMAT_VERSION, NAMES, STATUS, TEXT_FORMAT, entryName, type EntryField } from "./format";
import type { CellValue, PlanCell, PlanName, PlanValidation, SheetPlan } from "./plan-types";
import { FLAG_COLORS, SHEET_STYLES } from "./sheet-styles";
import { sanitizeSheetName } from "./sheet-names";

export interface Application {
  applicant: string;
  /** 1–5: the innovation item applied for. */
  item: number;
  judge: string;
  /** "YYYY-MM-DD" */
  date: string;
}

export type EntryValues = Partial<Record<EntryField, CellValue>>;

export interface SheetOptions {
  sheetName?: string;
  /** Fraction of full marks that passes (default: the standard's, 0.6). */
  passRatio?: number;
  /** Existing content of input cells by sub-item code, kept when a sheet is (re)generated. */
  entries?: Readonly<Record<string, EntryValues>>;
}

/** Column numbers of the sheet (1 = A). */
export const COLUMNS = {
  project: 1,
  partTotal: 2,
  max: 3,
  score: 4,
  ratio: 5,
  maturity: 6,
  strength: 7,
  improvement: 8,
  status: 9,
} as const;

const LAST_VISIBLE = COLUMNS.improvement;
/** Helper cells never render, even where a program prints or spills a hidden column. */
const HIDDEN_FORMAT = ";;;";
const HEADER_ROW = 5;

const col = (c: number) => address(c, 1).replace(/\d+$/, "");

/** The band choices offered in the 成熟度 column, e.g. "50–65% 协调一致". */
export function maturityLabels(standard: Standard): string[] {
  return standard.bands.map((b) =>
    t("sheet.bandLabel", {
      min: b.min,
      max: b.max,
      step: standard.maturitySteps.find((s) => s.id === b.step)?.name ?? b.step,
    })
  );
}

export function buildScoringSheetPlan(
  standard: Standard,
  app: Application,
  options: SheetOptions = {}
): SheetPlan {
  const dateSerial = isoDateToSerial(app.date);
  if (dateSerial === null) throw new RangeError(`not a date: ${app.date}`);
  const parts = partsForItem(standard, app.item);
  const entries = options.entries ?? {};
  const passRatio = options.passRatio ?? standard.passRatio;
  const cells: PlanCell[] = [];
  const names: PlanName[] = [];
  const merges: string[] = [];
  const validations: PlanValidation[] = [];
  const rowHeights: Record<number, number> = {};
  const put = (cell: PlanCell) => cells.push(cell);
  const name = (n: string, a: string) => names.push({ name: n, address: absolute(a) });

  // Row 1: title. Rows 2–4: the application.
  put({ address: "A1", value: t("sheet.title"), style: "title" });
  merges.push(`A1:${col(LAST_VISIBLE)}1`);
  rowHeights[1] = 30;
  put({
    address: address(COLUMNS.status, 1),
    value: FORMAT_VERSION,
    style: "helper",
    numberFormat: HIDDEN_FORMAT,
  });
  name(NAMES.format, address(COLUMNS.status, 1));

  const itemPart = parts[0];
  put({ address: "A2", value: t("sheet.applicant"), style: "label" });
  put({ address: "B2", value: app.applicant, style: "value", numberFormat: TEXT_FORMAT });
  merges.push("B2:H2");
  name(NAMES.applicant, "B2");
  put({ address: "A3", value: t("sheet.item"), style: "label" });
  put({
    address: "B3",
    value: app.item,
    style: "value",
    numberFormat: t("sheet.itemFormat", { title: itemPart.title }),
  });
  merges.push("B3:D3");
  name(NAMES.item, "B3");
  put({ address: "E3", value: t("sheet.judge"), style: "label" });
  put({ address: "F3", value: app.judge, style: "value", numberFormat: TEXT_FORMAT });
  merges.push("F3:H3");
  name(NAMES.judge, "F3");
  put({ address: "A4", value: t("sheet.date"), style: "label" });
  put({ address: "B4", value: dateSerial, style: "value", numberFormat: "yyyy-mm-dd" });
  merges.push("B4:D4");
  name(NAMES.date, "B4");
  // E4:H4 shows the finalization stamp; the hidden cells I2:I4 and the history hold its record.
  put({ address: "E4", value: null, style: "value", numberFormat: TEXT_FORMAT });
  merges.push("E4:H4");
  name(NAMES.stamp, "E4");
  for (const [r, n] of [
    [2, NAMES.status],
    [3, NAMES.finalizedAt],
    [4, NAMES.digest],
  ] as const) {
    put({
      address: address(COLUMNS.status, r),
      value: null,
      style: "helper",
      numberFormat: HIDDEN_FORMAT,
    });
    name(n, address(COLUMNS.status, r));
  }
  for (const r of [2, 3, 4]) rowHeights[r] = 20;

  // Row 5: column headers.
  const headers = [
    "project",
    "partTotal",
    "max",
    "score",
    "ratio",
    "maturity",
    "strength",
    "improvement",
  ] as const;
  headers.forEach((h, i) =>
    put({ address: address(i + 1, HEADER_ROW), value: t(`sheet.col.${h}`), style: "header" })
  );
  put({
    address: address(COLUMNS.status, HEADER_ROW),
    value: t("sheet.col.status"),
    style: "helper",
    numberFormat: HIDDEN_FORMAT,
  });
  rowHeights[HEADER_ROW] = 24;

  // Parts and sub-items.
  const summary = summarize(standard, app.item, scoresFrom(entries), { passRatio });
  const labels = maturityLabels(standard);
  let row = HEADER_ROW + 1;
  const firstScoreRow = row + 1;
  const partRanges: { first: number; last: number }[] = [];
  for (const part of parts) {
    put({
      address: address(COLUMNS.project, row),
      value: `${part.number}. ${part.title}`,
      style: "partHeader",
    });
    put({ address: address(COLUMNS.partTotal, row), value: part.total, style: "partHeader" });
    for (let c = COLUMNS.max; c <= LAST_VISIBLE; c++)
      put({ address: address(c, row), value: null, style: "partHeader" });
    rowHeights[row] = 20;
    row++;
    const first = row;
    for (const sub of part.subItems) {
      writeSubItemRow(sub, row);
      row++;
    }
    partRanges.push({ first, last: row - 1 });
  }
  const lastScoreRow = row - 1;

  function writeSubItemRow(sub: SubItem, r: number) {
    const entry = entries[sub.code] ?? {};
    const score = address(COLUMNS.score, r);
    const max = address(COLUMNS.max, r);
    put({
      address: address(COLUMNS.project, r),
      value: `${sub.code} ${sub.title}`,
      style: "subItem",
    });
    put({ address: address(COLUMNS.partTotal, r), value: null, style: "number" });
    put({ address: max, value: sub.max, style: "number" });
    put({
      address: score,
      value: entry.score ?? null,
      style: "score",
      locked: false,
      input: "score",
      numberFormat: "0.##",
    });
    const raw = entry.score;
    put({
      address: address(COLUMNS.ratio, r),
      formula: `=IF(ISNUMBER(${score}),${score}/${max},"")`,
      result: typeof raw === "number" && Number.isFinite(raw) ? raw / sub.max : "",
      style: "ratio",
      numberFormat: "0%",
    });
    for (const [field, column] of [
      ["maturity", COLUMNS.maturity],
      ["strength", COLUMNS.strength],
      ["improvement", COLUMNS.improvement],
    ] as const) {
      const a = address(column, r);
      put({
        address: a,
        value: entry[field] ?? null,
        style: "input",
        locked: false,
        input: field,
        numberFormat: TEXT_FORMAT,
      });
      name(entryName(field, sub.code), a);
    }
    put({
      address: address(COLUMNS.status, r),
      formula:
        `=IF(ISERROR(${score}),"${STATUS.invalid}",IF(LEN(${score})=0,"${STATUS.blank}",` +
        `IF(ISLOGICAL(${score}),"${STATUS.invalid}",` +
        `IF(ISNUMBER(${score}),IF(AND(${score}>=0,${score}<=${max}),"${STATUS.ok}","${STATUS.invalid}"),"${STATUS.invalid}"))))`,
      result: statusOf(standard, sub, raw),
      style: "helper",
      numberFormat: HIDDEN_FORMAT,
    });
    name(entryName("score", sub.code), score);
    rowHeights[r] = 36;
    const step = pointsPerStep(standard, sub);
    validations.push({
      address: score,
      kind: "decimal",
      min: 0,
      max: sub.max,
      alertStyle: "stop",
      promptTitle: t("sheet.scorePromptTitle", { code: sub.code, max: sub.max }),
      prompt: t("sheet.scorePrompt", { max: sub.max, step }),
      errorTitle: t("sheet.scoreErrorTitle"),
      error: t("sheet.scoreError", { code: sub.code, title: sub.title, max: sub.max }),
    });
    validations.push({
      address: address(COLUMNS.maturity, r),
      kind: "list",
      items: labels,
      alertStyle: "warning",
      promptTitle: t("sheet.maturityPromptTitle", { code: sub.code }),
      prompt: t("sheet.maturityPrompt"),
      errorTitle: t("sheet.maturityErrorTitle"),
      error: t("sheet.maturityError"),
    });
  }

  // Summary block: label in A:C, figure in D, a note in E:H.
  const statusRange = `${address(COLUMNS.status, firstScoreRow)}:${address(COLUMNS.status, lastScoreRow)}`;
  const scoreRange = (r: { first: number; last: number }) =>
    `${address(COLUMNS.score, r.first)}:${address(COLUMNS.score, r.last)}`;
  const valuePart = parts[parts.length - 1];
  const summaryRow = (
    label: string,
    cell: Omit<PlanCell, "address">,
    note: string,
    nameOf?: string
  ) => {
    put({ address: address(COLUMNS.project, row), value: label, style: "summaryLabel" });
    put({ address: address(COLUMNS.partTotal, row), value: null, style: "summaryLabel" });
    put({ address: address(COLUMNS.max, row), value: null, style: "summaryLabel" });
    merges.push(`${address(COLUMNS.project, row)}:${address(COLUMNS.max, row)}`);
    put({ address: address(COLUMNS.score, row), style: "summaryValue", ...cell });
    put({ address: address(COLUMNS.ratio, row), value: note === "" ? null : note, style: "note" });
    merges.push(`${address(COLUMNS.ratio, row)}:${address(LAST_VISIBLE, row)}`);
    if (nameOf) name(nameOf, address(COLUMNS.score, row));
    rowHeights[row] = 20;
    return address(COLUMNS.score, row++);
  };
  const itemTotal = summaryRow(
    t("sheet.itemSubtotal", { max: itemPart.total }),
    {
      formula: `=ROUND(SUM(${scoreRange(partRanges[0])}),2)`,
      result: summary.itemSubtotal,
      numberFormat: "0.##",
    },
    t("sheet.subtotalNote"),
    NAMES.itemTotal
  );
  const valueTotal = summaryRow(
    t("sheet.valueSubtotal", { title: valuePart.title, max: valuePart.total }),
    {
      formula: `=ROUND(SUM(${scoreRange(partRanges[partRanges.length - 1])}),2)`,
      result: summary.valueSubtotal,
      numberFormat: "0.##",
    },
    t("sheet.subtotalNote"),
    NAMES.valueTotal
  );
  const total = summaryRow(
    t("sheet.total", { max: standard.fullMarks }),
    {
      formula: `=ROUND(${itemTotal}+${valueTotal},2)`,
      result: summary.total,
      numberFormat: "0.##",
    },
    "",
    NAMES.total
  );
  summaryRow(
    t("sheet.percent"),
    {
      formula: `=ROUND(${total}/${standard.fullMarks},4)`,
      result: summary.percent,
      numberFormat: "0.00%",
    },
    t("sheet.percentNote", { fullMarks: standard.fullMarks }),
    NAMES.percent
  );
  const pass = summaryRow(
    t("sheet.passLine", { percent: Math.round(passRatio * 10000) / 100 }),
    { value: passLine(standard, passRatio), numberFormat: "0.##" },
    "",
    NAMES.passLine
  );
  summaryRow(
    t("sheet.scored", { count: summary.requiredCount }),
    {
      formula: `=COUNTIF(${statusRange},"${STATUS.ok}")+COUNTIF(${statusRange},"${STATUS.invalid}")`,
      result: summary.scoredCount,
    },
    t("sheet.scoredNote"),
    NAMES.scored
  );
  const verdictRow = row;
  const verdict = summaryRow(
    t("sheet.verdict"),
    {
      formula:
        `=IF(COUNTIF(${statusRange},"${STATUS.invalid}")>0,"有误",IF(COUNTIF(${statusRange},"${STATUS.blank}")>0,"未完成",` +
        `IF(${total}>=${pass},"通过","未通过")))`,
      result: summary.verdict,
      style: "verdict",
    },
    t("sheet.verdictRule"),
    NAMES.verdict
  );
  rowHeights[verdictRow] = 32;

  // Signature and footnote.
  row++;
  put({ address: address(COLUMNS.project, row), value: t("sheet.signature"), style: "signature" });
  for (const c of [COLUMNS.partTotal, COLUMNS.max, COLUMNS.score])
    put({ address: address(c, row), value: null, style: "signature" });
  merges.push(`${address(COLUMNS.partTotal, row)}:${address(COLUMNS.score, row)}`);
  put({
    address: address(COLUMNS.ratio, row),
    value: t("sheet.signatureDate"),
    style: "signature",
  });
  for (const c of [COLUMNS.maturity, COLUMNS.strength, COLUMNS.improvement])
    put({ address: address(c, row), value: null, style: "signature" });
  merges.push(`${address(COLUMNS.maturity, row)}:${address(COLUMNS.improvement, row)}`);
  put({
    address: address(COLUMNS.status, row),
    value: null,
    style: "helper",
    numberFormat: HIDDEN_FORMAT,
  });
  name(NAMES.history, address(COLUMNS.status, row));
  rowHeights[row] = 30;
  row++;
  put({ address: address(COLUMNS.project, row), value: t("sheet.footnote"), style: "note" });
  merges.push(`${address(COLUMNS.project, row)}:${address(LAST_VISIBLE, row)}`);
  rowHeights[row] = 30;
  const lastRow = row;

  styleMergedCells(cells, merges);
  const bad = FLAG_COLORS.bad;
  const firstStatus = address(COLUMNS.status, firstScoreRow);
  return {
    sheetName: options.sheetName ?? sanitizeSheetName(app.applicant),
    columns: [
      { width: 26 },
      { width: 8 },
      { width: 9.5 },
      { width: 8 },
      { width: 8 },
      { width: 15 },
      { width: 26 },
      { width: 26 },
      { width: 6, hidden: true },
    ],
    rowHeights,
    cells,
    merges,
    validations,
    conditionalFormats: [
      {
        range: `${address(COLUMNS.score, firstScoreRow)}:${address(COLUMNS.score, lastScoreRow)}`,
        formula: `=$${firstStatus.replace(/\d+$/, "")}${firstScoreRow}="${STATUS.invalid}"`,
        ...bad,
      },
      { range: verdict, formula: `=${absolute(verdict)}="通过"`, ...FLAG_COLORS.good },
      { range: verdict, formula: `=${absolute(verdict)}="未通过"`, ...bad },
      { range: verdict, formula: `=${absolute(verdict)}="有误"`, ...bad },
      { range: verdict, formula: `=${absolute(verdict)}="未完成"`, ...FLAG_COLORS.neutral },
    ],
    names,
    protection: { allowFormatColumns: true, allowFormatRows: true },
    print: {
      paper: "A4",
      orientation: "portrait",
      fitToWidth: 1,
      fitToHeight: 0,
      area: `A1:${address(LAST_VISIBLE, lastRow)}`,
      titleRows: [1, HEADER_ROW],
      footer: t("sheet.footer"),
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
      centerHorizontally: true,
    },
    freezeRows: HEADER_ROW,
    styles: SHEET_STYLES,
  };
}

function scoresFrom(entries: Readonly<Record<string, EntryValues>>): Record<string, unknown> {
  const scores: Record<string, unknown> = {};
  for (const [code, e] of Object.entries(entries)) scores[code] = e.score;
  return scores;
}

function statusOf(standard: Standard, sub: SubItem, raw: unknown): string {
  if (isBlank(raw)) return STATUS.blank;
  return checkScore(standard, sub, raw).status === "error" ? STATUS.invalid : STATUS.ok;
}

/**
 * Excel draws a merged range's borders and fill from every cell underneath it, so each cell of
 * a merge gets the style of the range's first cell.
 */
function styleMergedCells(cells: PlanCell[], merges: string[]): void {
  const byAddress = new Map(cells.map((c) => [c.address, c]));
  for (const range of merges) {
    const [from, to] = range.split(":").map(parseAddress);
    const master = byAddress.get(address(from.column, from.row));
    if (!master?.style) continue;
    for (let r = from.row; r <= to.row; r++) {
      for (let c = from.column; c <= to.column; c++) {
        const a = address(c, r);
        const existing = byAddress.get(a);
        if (!existing) {
          const cell: PlanCell = { address: a, value: null, style: master.style };
          cells.push(cell);
          byAddress.set(a, cell);
        } else if (!existing.style) existing.style = master.style;
      }
    }
  }
}
