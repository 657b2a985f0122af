/**
 * Queues everything a sheet plan says onto a worksheet proxy — values, formulas, formats,
 * merges, validation, conditional formats, names, freeze panes, print setup, protection — without
 * syncing. The caller syncs once.
 */
import type { PlanCell, PlanChart, SheetPlan, StyleSpec } from "../sheet-kit/plan-types";
import { axisLabelFormat, CHART_COLORS } from "../sheet-kit/chart-axis";
import { columnLetter } from "../sheet-kit/cell-address";
import { FONT } from "../sheet-kit/styles";
import type { Capabilities } from "./capabilities";
import { charsToPoints } from "./units";

const H_ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const V_ALIGN = { top: "Top", middle: "Center", bottom: "Bottom" } as const;
const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;

function queueStyle(range: Excel.Range, s: StyleSpec): void {
  range.format.font.name = FONT;
  range.format.font.size = s.size ?? 11;
  if (s.bold) range.format.font.bold = true;
  if (s.underline) range.format.font.underline = "Single";
  if (s.color) range.format.font.color = s.color;
  if (s.fill) range.format.fill.color = s.fill;
  if (s.hAlign) range.format.horizontalAlignment = H_ALIGN[s.hAlign];
  if (s.vAlign) range.format.verticalAlignment = V_ALIGN[s.vAlign];
  if (s.wrap) range.format.wrapText = true;
  if (s.border === "thin") {
    for (const edge of EDGES) {
      const b = range.format.borders.getItem(edge);
      b.style = "Continuous";
      b.color = "#808080";
    }
  } else if (s.border === "bottom") {
    const b = range.format.borders.getItem("EdgeBottom");
    b.style = "Continuous";
    b.color = "#000000";
  }
}

function queueCell(sheet: Excel.Worksheet, plan: SheetPlan, c: PlanCell): void {
  const range = sheet.getRange(c.address);
  // The number format goes first: a text-formatted cell keeps a leading "=" as text.
  if (c.numberFormat) range.numberFormat = [[c.numberFormat]];
  if (c.formula !== undefined) range.formulas = [[c.formula]];
  else if (c.value !== undefined && c.value !== null) range.values = [[c.value]];
  if (c.style) queueStyle(range, plan.styles[c.style]);
  if (c.locked === false) range.format.protection.locked = false;
}

/** Horizontal bars as src/xlsx/charts.ts writes them (ExcelApi 1.7–1.8 chart formatting). */
function queueChart(sheet: Excel.Worksheet, chart: PlanChart): void {
  const c = sheet.charts.add("BarClustered", sheet.getRange(chart.series[0].values), "Columns");
  c.title.text = chart.title;
  c.legend.position = "Bottom";
  chart.series.forEach((planned, i) => {
    const s = i === 0 ? c.series.getItemAt(0) : c.series.add(planned.name);
    s.name = planned.name;
    if (i > 0) s.setValues(sheet.getRange(planned.values));
    s.setXAxisValues(sheet.getRange(chart.categories));
    s.format.fill.setSolidColor(planned.color);
    s.hasDataLabels = true;
    s.dataLabels.showValue = true;
    s.gapWidth = 50;
  });
  const categories = c.axes.categoryAxis;
  categories.reversePlotOrder = true;
  // The value axis crosses at the last category: below the bars, as the first is on top.
  categories.position = "Maximum";
  const values = c.axes.valueAxis;
  values.minimum = 0;
  values.maximum = chart.axis.max;
  values.majorUnit = chart.axis.mark;
  values.minorUnit = chart.axis.minorUnit;
  values.numberFormat = axisLabelFormat(chart.axis);
  const mark = values.majorGridlines.format.line;
  mark.color = CHART_COLORS.mark;
  mark.lineStyle = "Dash";
  values.minorGridlines.visible = true;
  values.minorGridlines.format.line.color = CHART_COLORS.minor;
  c.setPosition(chart.anchor.from, chart.anchor.to);
}

export function queueSheetPlan(sheet: Excel.Worksheet, plan: SheetPlan, caps: Capabilities): void {
  plan.columns.forEach((col, i) => {
    const range = sheet.getRange(`${columnLetter(i + 1)}1`);
    range.format.columnWidth = charsToPoints(col.width);
    if (col.hidden) range.columnHidden = true;
  });
  for (const [row, height] of Object.entries(plan.rowHeights))
    sheet.getRange(`A${row}`).format.rowHeight = height;
  for (const c of plan.cells) queueCell(sheet, plan, c);
  for (const m of plan.merges) sheet.getRange(m).merge(false);
  for (const link of plan.hyperlinks ?? []) {
    // ExcelApi 1.7; the cell keeps its text (no textToDisplay).
    sheet.getRange(link.address).hyperlink = {
      documentReference: link.target,
      ...(link.tooltip ? { screenTip: link.tooltip } : {}),
    };
  }
  for (const v of plan.validations) {
    const dv = sheet.getRange(v.address).dataValidation;
    dv.ignoreBlanks = true;
    dv.rule =
      v.kind === "decimal"
        ? { decimal: { formula1: v.min, formula2: v.max, operator: "Between" } }
        : v.kind === "list"
          ? { list: { inCellDropDown: true, source: v.items.join(",") } }
          : { custom: { formula: v.formula } };
    dv.prompt = { showPrompt: true, title: v.promptTitle, message: v.prompt };
    const style =
      v.alertStyle === "stop" ? "Stop" : v.alertStyle === "warning" ? "Warning" : "Information";
    dv.errorAlert = { showAlert: true, style, title: v.errorTitle, message: v.error };
  }
  for (const cf of plan.conditionalFormats) {
    const format = sheet.getRange(cf.range).conditionalFormats.add("Custom");
    format.custom.rule.formula = cf.formula;
    format.custom.format.font.color = cf.fontColor;
    format.custom.format.fill.color = cf.fill;
  }
  for (const n of plan.names) sheet.names.add(n.name, sheet.getRange(n.address.replace(/\$/g, "")));
  // A name whose value is a text (MH_STANDARD): a formula of one string constant.
  for (const c of plan.constants ?? []) sheet.names.add(c.name, `="${c.text.replace(/"/g, '""')}"`);
  if (plan.freezeRows) sheet.freezePanes.freezeRows(plan.freezeRows);
  if (plan.print && caps.pageLayout) {
    const p = plan.print;
    const layout = sheet.pageLayout;
    layout.orientation = p.orientation === "landscape" ? "Landscape" : "Portrait";
    layout.paperSize = "A4";
    layout.zoom = { horizontalFitToPages: p.fitToWidth, verticalFitToPages: p.fitToHeight };
    layout.centerHorizontally = p.centerHorizontally;
    layout.leftMargin = p.margins.left * 72;
    layout.rightMargin = p.margins.right * 72;
    layout.topMargin = p.margins.top * 72;
    layout.bottomMargin = p.margins.bottom * 72;
    layout.headerMargin = p.margins.header * 72;
    layout.footerMargin = p.margins.footer * 72;
    layout.setPrintArea(p.area);
    if (p.titleRows) layout.setPrintTitleRows(`$${p.titleRows[0]}:$${p.titleRows[1]}`);
    layout.headersFooters.defaultForAllPages.centerFooter = p.footer.replace(/^&C/, "");
    if (p.header)
      layout.headersFooters.defaultForAllPages.centerHeader = p.header.replace(/^&C/, "");
    for (const row of plan.pageBreaks ?? []) sheet.horizontalPageBreaks.add(`A${row}`);
  }
  for (const chart of plan.charts ?? []) queueChart(sheet, chart);
  // Rows whose height follows their text: Excel's own fit, which leaves them auto-height (a row
  // given a height is custom and never grows as the judge types).
  for (const row of Object.keys(plan.textRows ?? {}))
    sheet.getRange(`A${row}`).getEntireRow().format.autofitRows();
  if (plan.protection) {
    sheet.protection.protect({
      allowFormatColumns: plan.protection.allowFormatColumns,
      allowFormatRows: plan.protection.allowFormatRows,
    });
  }
}
