/** The double's state as sheet plans, so src/xlsx can write what the Office.js path built. */
import {
  CHART_COLORS,
  type PlanCell,
  type PlanChart,
  type PlanHyperlink,
  type PlanValidation,
  type SheetPlan,
  type StyleSpec,
} from "../../../src/sheet-kit";
import type { ChartState } from "./chart";
import { pointsToChars } from "../../../src/excel/units";
import type { CellFormat, SheetState, WorkbookState } from "./model";

const H_ALIGN: Record<string, StyleSpec["hAlign"]> = {
  Left: "left",
  Center: "center",
  Right: "right",
};
const V_ALIGN: Record<string, StyleSpec["vAlign"]> = {
  Top: "top",
  Center: "middle",
  Bottom: "bottom",
};

function styleOf(f: CellFormat): StyleSpec {
  const s: StyleSpec = {};
  if (f.bold) s.bold = true;
  if (f.underline) s.underline = true;
  if (f.size !== undefined) s.size = f.size;
  if (f.fontColor) s.color = f.fontColor;
  if (f.fill) s.fill = f.fill;
  if (f.hAlign) s.hAlign = H_ALIGN[f.hAlign];
  if (f.vAlign) s.vAlign = V_ALIGN[f.vAlign];
  if (f.wrap) s.wrap = true;
  const edges = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const;
  const on = edges.filter((e) => f.borders[e]?.style === "Continuous");
  if (on.length === 4) s.border = "thin";
  else if (on.length === 1 && on[0] === "EdgeBottom") s.border = "bottom";
  return s;
}

function sheetPlan(sheet: SheetState): SheetPlan {
  const styles: Record<string, StyleSpec> = {};
  const styleKey = new Map<string, string>();
  const cells: PlanCell[] = [];
  const hyperlinks: PlanHyperlink[] = [];
  for (const [address, c] of sheet.cells) {
    if (c.hyperlink?.documentReference)
      hyperlinks.push({
        address,
        target: c.hyperlink.documentReference,
        ...(c.hyperlink.screenTip ? { tooltip: c.hyperlink.screenTip } : {}),
      });
    const spec = styleOf(c.format);
    const json = JSON.stringify(spec);
    let key = styleKey.get(json);
    if (!key) {
      key = `s${styleKey.size}`;
      styleKey.set(json, key);
      styles[key] = spec;
    }
    const cell: PlanCell = { address, style: key };
    if (c.formula) cell.formula = c.formula;
    else cell.value = c.value;
    if (c.numberFormat !== "General") cell.numberFormat = c.numberFormat;
    if (!c.format.locked) cell.locked = false;
    cells.push(cell);
  }
  const validations: PlanValidation[] = [];
  for (const [address, v] of sheet.validations) {
    const common = {
      address,
      alertStyle: (v.errorAlert?.style ?? "Stop").toLowerCase() as
        "stop" | "warning" | "information",
      promptTitle: v.prompt?.title ?? "",
      prompt: v.prompt?.message ?? "",
      errorTitle: v.errorAlert?.title ?? "",
      error: v.errorAlert?.message ?? "",
    };
    if (v.rule?.decimal) {
      validations.push({
        ...common,
        kind: "decimal",
        min: Number(v.rule.decimal.formula1),
        max: Number(v.rule.decimal.formula2),
      });
    } else if (v.rule?.list) {
      validations.push({ ...common, kind: "list", items: String(v.rule.list.source).split(",") });
    } else if (v.rule?.custom) {
      validations.push({ ...common, kind: "custom", formula: String(v.rule.custom.formula) });
    }
  }
  const maxColumn = Math.max(0, ...sheet.columns.keys());
  const columns = Array.from({ length: maxColumn }, (_, i) => {
    const c = sheet.columns.get(i + 1);
    return {
      width: c?.widthPt !== undefined ? pointsToChars(c.widthPt) : 8.43,
      ...(c?.hidden ? { hidden: true } : {}),
    };
  });
  const p = sheet.page;
  const inch = (pt: number | undefined, fallback: number) =>
    pt === undefined ? fallback : Math.round((pt / 72) * 100) / 100;
  const titleRows = p.printTitleRows?.split(":").map(Number) as [number, number] | undefined;
  return {
    sheetName: sheet.name,
    columns,
    rowHeights: Object.fromEntries([...sheet.rows].map(([r, v]) => [r, v.heightPt ?? 15])),
    // Auto-height rows (fitted by autofitRows): their minimum is not Excel's to know, 0.
    ...([...sheet.rows.values()].some((v) => v.auto)
      ? {
          textRows: Object.fromEntries(
            [...sheet.rows].filter(([, v]) => v.auto).map(([r]) => [r, 0])
          ),
        }
      : {}),
    cells,
    merges: [...sheet.merges],
    validations,
    conditionalFormats: sheet.conditionalFormats.map((cf) => ({
      range: cf.range,
      formula: cf.formula ?? "",
      fontColor: cf.fontColor ?? "#000000",
      fill: cf.fill ?? "#FFFFFF",
    })),
    names: [...sheet.names]
      .filter(([, stored]) => !stored.startsWith('"'))
      .map(([name, address]) => ({ name, address })),
    constants: [...sheet.names]
      .filter(([, stored]) => stored.startsWith('"'))
      .map(([name, stored]) => ({ name, text: stored.slice(1, -1).replace(/""/g, '"') })),
    protection: sheet.protection.protected
      ? {
          allowFormatColumns: Boolean(sheet.protection.options?.allowFormatColumns),
          allowFormatRows: Boolean(sheet.protection.options?.allowFormatRows),
        }
      : null,
    print: p.printArea
      ? {
          paper: "A4",
          orientation: p.orientation === "Landscape" ? "landscape" : "portrait",
          fitToWidth: 1,
          fitToHeight: 0,
          area: p.printArea,
          titleRows: titleRows ?? null,
          footer: p.centerFooter !== undefined ? `&C${p.centerFooter}` : "",
          ...(p.centerHeader !== undefined ? { header: `&C${p.centerHeader}` } : {}),
          margins: {
            left: inch(p.margins.left, 0.7),
            right: inch(p.margins.right, 0.7),
            top: inch(p.margins.top, 0.75),
            bottom: inch(p.margins.bottom, 0.75),
            header: inch(p.margins.header, 0.3),
            footer: inch(p.margins.footer, 0.3),
          },
          centerHorizontally: Boolean(p.centerHorizontally),
        }
      : undefined,
    ...(p.breaks?.length ? { pageBreaks: p.breaks } : {}),
    freezeRows: sheet.frozenRows || undefined,
    styles,
    ...(hyperlinks.length ? { hyperlinks } : {}),
    charts: (sheet.charts ?? []).map(planChart),
  };
}

/**
 * The chart as a plan, if the double was asked to draw it as src/xlsx/charts.ts writes it
 * (horizontal bars, first category on top, labelled values, the mark a red dashed gridline).
 */
function planChart(c: ChartState): PlanChart {
  const v = (key: string) => c.settings[`axes.${key}`];
  const drawnAsTheFile =
    c.type === "BarClustered" &&
    v("categoryAxis.reversePlotOrder") === true &&
    v("categoryAxis.position") === "Maximum" &&
    v("valueAxis.minimum") === 0 &&
    v("valueAxis.majorGridlines.format.line.color") === CHART_COLORS.mark &&
    v("valueAxis.majorGridlines.format.line.lineStyle") === "Dash" &&
    v("valueAxis.minorGridlines.visible") === true &&
    c.settings["legend.position"] === "Bottom" &&
    c.series.every(
      (s) =>
        s.settings["series.hasDataLabels"] === true &&
        s.settings["series.dataLabels.showValue"] === true
    );
  if (!drawnAsTheFile) throw new Error(`chart drawn unlike the .xlsx: ${JSON.stringify(c)}`);
  const format = String(v("valueAxis.numberFormat"));
  return {
    title: c.title ?? "",
    categories: c.series[0]?.categories ?? "",
    series: c.series.map((s) => ({
      name: s.name ?? "",
      values: s.values ?? "",
      color: String(s.settings["series.format.fill.solidColor"]),
    })),
    axis: {
      max: Number(v("valueAxis.maximum")),
      minorUnit: Number(v("valueAxis.minorUnit")),
      mark: Number(v("valueAxis.majorUnit")),
      markLabel: /^\[=[\d.]+\]"([^"]*)"/.exec(format)?.[1] ?? format,
    },
    anchor: { from: c.from ?? "A1", to: c.to ?? "A1" },
  };
}

export function exportPlans(state: WorkbookState): SheetPlan[] {
  return state.sheets.map(sheetPlan);
}
