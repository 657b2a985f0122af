/** Writes sheet plans to an .xlsx package with exceljs (works in node and in the browser). */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { PlanCell, PrintSetup, SheetPlan, StyleSpec } from "../sheet-kit/plan-types";
import { FONT } from "../sheet-kit/styles";
import { writeCharts } from "./charts";
import { writeHyperlinks } from "./hyperlinks";
import { writeSheetScopedNames } from "./sheet-scoped-names";
import { writeTextRows } from "./text-rows";

const argb = (hex: string) => "FF" + hex.replace("#", "").toUpperCase();

function font(s: StyleSpec): Partial<ExcelJS.Font> {
  const f: Partial<ExcelJS.Font> = { name: FONT, size: s.size ?? 11 };
  if (s.bold) f.bold = true;
  if (s.underline) f.underline = true;
  if (s.color) f.color = { argb: argb(s.color) };
  return f;
}

function applyStyle(cell: ExcelJS.Cell, s: StyleSpec): void {
  cell.font = font(s);
  if (s.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(s.fill) } };
  cell.alignment = {
    horizontal: s.hAlign,
    vertical: s.vAlign,
    wrapText: s.wrap || undefined,
  };
  if (s.border === "thin") {
    const thin: Partial<ExcelJS.Border> = { style: "thin", color: { argb: "FF808080" } };
    cell.border = { top: thin, left: thin, bottom: thin, right: thin };
  } else if (s.border === "bottom") {
    cell.border = { bottom: { style: "thin", color: { argb: "FF000000" } } };
  }
}

function cellValue(c: PlanCell): ExcelJS.CellValue {
  if (c.formula !== undefined) {
    const formula = c.formula.replace(/^=/, "");
    return c.result === undefined || c.result === null
      ? ({ formula } as ExcelJS.CellFormulaValue)
      : ({ formula, result: c.result } as ExcelJS.CellFormulaValue);
  }
  // A string is always text: exceljs never turns a string starting with "=" into a formula.
  return c.value ?? null;
}

async function addSheet(workbook: ExcelJS.Workbook, plan: SheetPlan): Promise<void> {
  const ws = workbook.addWorksheet(plan.sheetName, {
    views: plan.freezeRows
      ? [{ state: "frozen", ySplit: plan.freezeRows, xSplit: 0, showGridLines: false }]
      : [{ showGridLines: false }],
  });
  plan.columns.forEach((c, i) => {
    const column = ws.getColumn(i + 1);
    column.width = c.width;
    if (c.hidden) column.hidden = true;
  });
  for (const [row, height] of Object.entries(plan.rowHeights))
    ws.getRow(Number(row)).height = height;
  for (const c of plan.cells) {
    const cell = ws.getCell(c.address);
    cell.value = cellValue(c);
    if (c.style) applyStyle(cell, plan.styles[c.style]);
    if (c.numberFormat) cell.numFmt = c.numberFormat;
    if (c.locked === false) cell.protection = { locked: false };
  }
  for (const range of plan.merges) ws.mergeCells(range);
  for (const v of plan.validations) {
    const common = {
      allowBlank: true,
      showInputMessage: true,
      promptTitle: v.promptTitle,
      prompt: v.prompt,
      showErrorMessage: true,
      errorStyle: v.alertStyle,
      errorTitle: v.errorTitle,
      error: v.error,
    };
    const rule: ExcelJS.DataValidation =
      v.kind === "decimal"
        ? { type: "decimal", operator: "between", formulae: [v.min, v.max], ...common }
        : v.kind === "list"
          ? { type: "list", formulae: [`"${v.items.join(",")}"`], ...common }
          : { type: "custom", formulae: [v.formula.replace(/^=/, "")], ...common };
    // A range ("C2:C200") is one rule over many cells; a single cell takes it directly.
    if (v.address.includes(":"))
      (
        ws as unknown as { dataValidations: { add(a: string, r: ExcelJS.DataValidation): void } }
      ).dataValidations.add(v.address, rule);
    else ws.getCell(v.address).dataValidation = rule;
  }
  plan.conditionalFormats.forEach((cf, i) => {
    ws.addConditionalFormatting({
      ref: cf.range,
      rules: [
        {
          type: "expression",
          priority: i + 1,
          formulae: [cf.formula.replace(/^=/, "")],
          style: {
            font: { color: { argb: argb(cf.fontColor) } },
            fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(cf.fill) } },
          },
        },
      ],
    });
  });
  const p = plan.print;
  if (p) setUpPrint(ws, p);
  // <brk id> is the last row of a page: the row before the break. Row.addPageBreak would write
  // max="16838", past Excel's last column index (16383), so the breaks are pushed as Excel writes them.
  const rowBreaks = (ws as unknown as { rowBreaks: { id: number; max: number; man: number }[] })
    .rowBreaks;
  for (const row of plan.pageBreaks ?? []) rowBreaks.push({ id: row - 1, max: 16383, man: 1 });
  if (plan.protection) {
    await ws.protect("", {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: plan.protection.allowFormatColumns,
      formatRows: plan.protection.allowFormatRows,
    });
  }
}

function setUpPrint(ws: ExcelJS.Worksheet, p: PrintSetup): void {
  ws.pageSetup = {
    paperSize: 9, // A4
    orientation: p.orientation,
    fitToPage: true,
    fitToWidth: p.fitToWidth,
    fitToHeight: p.fitToHeight,
    horizontalCentered: p.centerHorizontally,
    margins: p.margins,
  };
  ws.headerFooter = {
    oddFooter: p.footer,
    ...(p.header ? { oddHeader: p.header } : {}),
    differentFirst: false,
    differentOddEven: false,
  };
}

/**
 * One .xlsx with one worksheet per plan, in order. exceljs writes the package; what it cannot
 * write as Excel expects (sheet-scoped names, internal links, charts, rows left auto-height) is
 * added to it afterwards.
 */
export async function writeWorkbook(plans: readonly SheetPlan[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "mh-award-scorer";
  if (plans.length === 0) throw new RangeError("a workbook needs at least one sheet");
  workbook.calcProperties.fullCalcOnLoad = true;
  for (const plan of plans) await addSheet(workbook, plan);
  const buffer = await workbook.xlsx.writeBuffer();
  const zip = await JSZip.loadAsync(buffer as ArrayBuffer);
  await writeSheetScopedNames(zip, plans);
  await writeHyperlinks(zip, plans);
  await writeCharts(zip, plans);
  await writeTextRows(zip, plans);
  return zip.generateAsync({
    type: "uint8array",
    compression: "DEFLATE",
    compressionOptions: { level: 6 },
  });
}
