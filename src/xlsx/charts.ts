/**
 * exceljs 4.4 cannot write charts, so a plan's charts are added to the package here: a DrawingML
 * chart part (horizontal bars, the first category at the top, values labelled, the pass line a
 * red dashed major gridline), a drawing that anchors it between two cells, the relationships and
 * the content types. The line is a gridline, not a series, because Excel, WPS and LibreOffice
 * all draw gridlines alike, while a line series across horizontal bars needs a secondary-axis
 * combination that LibreOffice draws wrongly.
 */
import type JSZip from "jszip";
import { axisLabelFormat, CHART_COLORS } from "../sheet-kit/chart-axis";
import { parseAddress, quoteSheetName } from "../sheet-kit/cell-address";
import type { PlanChart, SheetPlan } from "../sheet-kit/plan-types";
import { insertInOrder, WORKSHEET_ORDER } from "./schema-order";
import { escapeXml } from "./xml-text";

const NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL_DRAWING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";
const REL_CHART = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";
const CATEGORY_AXIS = 50010;
const VALUE_AXIS = 50020;

const absRange = (sheet: string, range: string) =>
  `${quoteSheetName(sheet)}!${range
    .split(":")
    .map((a) => a.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2"))
    .join(":")}`;

const solid = (color: string) =>
  `<a:solidFill><a:srgbClr val="${color.replace("#", "")}"/></a:solidFill>`;
const line = (color: string, width: number, dash = "") =>
  `<c:spPr><a:ln w="${width}">${solid(color)}${dash ? `<a:prstDash val="${dash}"/>` : ""}</a:ln></c:spPr>`;
const text = (size: number, bold = false) =>
  `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size * 100}" b="${bold ? 1 : 0}"/></a:pPr><a:endParaRPr lang="zh-CN"/></a:p></c:txPr>`;

const VALUE_LABELS =
  `<c:dLbls><c:numFmt formatCode="General" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>${text(8)}` +
  `<c:dLblPos val="outEnd"/><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/>` +
  `<c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>`;

function seriesXml(sheet: string, chart: PlanChart): string {
  return chart.series
    .map(
      (s, i) =>
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${escapeXml(s.name)}</c:v></c:tx>` +
        `<c:spPr>${solid(s.color)}</c:spPr><c:invertIfNegative val="0"/>${VALUE_LABELS}` +
        `<c:cat><c:strRef><c:f>${escapeXml(absRange(sheet, chart.categories))}</c:f></c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${escapeXml(absRange(sheet, s.values))}</c:f></c:numRef></c:val></c:ser>`
    )
    .join("");
}

/** Categories top to bottom (reversed), the value axis below them (it crosses at the last one). */
const categoryAxis = () =>
  `<c:catAx><c:axId val="${CATEGORY_AXIS}"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/>` +
  `<c:axPos val="l"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/>` +
  `<c:tickLblPos val="nextTo"/>${text(9)}<c:crossAx val="${VALUE_AXIS}"/><c:crosses val="autoZero"/>` +
  `<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;

function valueAxis(axis: PlanChart["axis"]): string {
  return (
    `<c:valAx><c:axId val="${VALUE_AXIS}"/><c:scaling><c:orientation val="minMax"/><c:max val="${axis.max}"/><c:min val="0"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="b"/><c:majorGridlines>${line(CHART_COLORS.mark, 22225, "dash")}</c:majorGridlines>` +
    `<c:minorGridlines>${line(CHART_COLORS.minor, 6350)}</c:minorGridlines>` +
    `<c:numFmt formatCode="${escapeXml(axisLabelFormat(axis))}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="nextTo"/>${text(9, true)}<c:crossAx val="${CATEGORY_AXIS}"/><c:crosses val="max"/><c:crossBetween val="between"/>` +
    `<c:majorUnit val="${axis.mark}"/><c:minorUnit val="${axis.minorUnit}"/></c:valAx>`
  );
}

export function chartXml(sheet: string, chart: PlanChart): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}"><c:roundedCorners val="0"/><c:chart>` +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:pPr><a:defRPr sz="1100" b="1"/></a:pPr><a:r><a:rPr lang="zh-CN" sz="1100" b="1"/><a:t>${escapeXml(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>${seriesXml(sheet, chart)}` +
    `<c:gapWidth val="50"/><c:axId val="${CATEGORY_AXIS}"/><c:axId val="${VALUE_AXIS}"/></c:barChart>` +
    `${categoryAxis()}${valueAxis(chart.axis)}</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/>${text(9)}</c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

function anchorXml(chart: PlanChart, relId: string, id: number): string {
  const from = parseAddress(chart.anchor.from);
  const to = parseAddress(chart.anchor.to);
  const cell = (tag: string, p: { column: number; row: number }) =>
    `<xdr:${tag}><xdr:col>${p.column - 1}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${p.row - 1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    `<xdr:twoCellAnchor>${cell("from", from)}${cell("to", to)}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id + 1}" name="Chart ${id}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" xmlns:r="${NS_R}" r:id="${relId}"/></a:graphicData></a:graphic>` +
    `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

const relsXml = (rels: { id: string; type: string; target: string }[]) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${r.target}"/>`).join("") +
  `</Relationships>`;

export async function writeCharts(zip: JSZip, plans: readonly SheetPlan[]): Promise<void> {
  if (!plans.some((p) => p.charts?.length)) return;
  let types = await zip.file("[Content_Types].xml")!.async("string");
  let chartNo = 0;
  let drawingNo = 0;
  for (const [i, plan] of plans.entries()) {
    if (!plan.charts?.length) continue;
    drawingNo++;
    const drawingRels: { id: string; type: string; target: string }[] = [];
    const anchors: string[] = [];
    for (const chart of plan.charts) {
      chartNo++;
      zip.file(`xl/charts/chart${chartNo}.xml`, chartXml(plan.sheetName, chart));
      types = types.replace(
        "</Types>",
        `<Override PartName="/xl/charts/chart${chartNo}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>`
      );
      const relId = `rId${drawingRels.length + 1}`;
      drawingRels.push({ id: relId, type: REL_CHART, target: `../charts/chart${chartNo}.xml` });
      anchors.push(anchorXml(chart, relId, chartNo));
    }
    zip.file(
      `xl/drawings/drawing${drawingNo}.xml`,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="${NS_A}">${anchors.join("")}</xdr:wsDr>`
    );
    zip.file(`xl/drawings/_rels/drawing${drawingNo}.xml.rels`, relsXml(drawingRels));
    types = types.replace(
      "</Types>",
      `<Override PartName="/xl/drawings/drawing${drawingNo}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>`
    );
    // Link the sheet to its drawing.
    const sheetPath = `xl/worksheets/sheet${i + 1}.xml`;
    const relsPath = `xl/worksheets/_rels/sheet${i + 1}.xml.rels`;
    const existing = await zip.file(relsPath)?.async("string");
    const relId = "rIdMhDrawing1";
    const rel = `<Relationship Id="${relId}" Type="${REL_DRAWING}" Target="../drawings/drawing${drawingNo}.xml"/>`;
    zip.file(
      relsPath,
      existing
        ? existing.replace("</Relationships>", `${rel}</Relationships>`)
        : relsXml([]).replace("</Relationships>", `${rel}</Relationships>`)
    );
    let sheetXml = await zip.file(sheetPath)!.async("string");
    if (!/xmlns:r=/.test(sheetXml.slice(0, 600)))
      sheetXml = sheetXml.replace("<worksheet ", `<worksheet xmlns:r="${NS_R}" `);
    sheetXml = insertInOrder(sheetXml, WORKSHEET_ORDER, "drawing", `<drawing r:id="${relId}"/>`);
    zip.file(sheetPath, sheetXml);
  }
  zip.file("[Content_Types].xml", types);
}
