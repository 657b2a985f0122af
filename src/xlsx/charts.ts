/**
 * exceljs 4.4 cannot write charts, so a plan's charts are added to the package here: a DrawingML
 * chart part (clustered columns, plus a line series such as a pass line, sharing the axes), a
 * drawing that anchors it between two cells, the relationships and the content types.
 */
import type JSZip from "jszip";
import { parseAddress, quoteSheetName } from "../sheet-kit/cell-address";
import type { PlanChart, SheetPlan } from "../sheet-kit/plan-types";
import { insertInOrder, WORKSHEET_ORDER } from "./schema-order";
import { escapeXml } from "./xml-text";

const NS_C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const NS_A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL_DRAWING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";
const REL_CHART = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";

const absRange = (sheet: string, range: string) =>
  `${quoteSheetName(sheet)}!${range
    .split(":")
    .map((a) => a.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2"))
    .join(":")}`;

function seriesXml(sheet: string, chart: PlanChart, kinds: "column" | "line"): string {
  return chart.series
    .map((s, i) => ({ s, i }))
    .filter(({ s }) => s.kind === kinds)
    .map(
      ({ s, i }) =>
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${escapeXml(s.name)}</c:v></c:tx>` +
        (kinds === "line" ? `<c:marker><c:symbol val="none"/></c:marker>` : "") +
        `<c:cat><c:strRef><c:f>${escapeXml(absRange(sheet, chart.categories))}</c:f></c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${escapeXml(absRange(sheet, s.values))}</c:f></c:numRef></c:val>` +
        (kinds === "line" ? `<c:smooth val="0"/>` : "") +
        `</c:ser>`
    )
    .join("");
}

export function chartXml(sheet: string, chart: PlanChart): string {
  const axes = `<c:axId val="50010"/><c:axId val="50020"/>`;
  const lines = seriesXml(sheet, chart, "line");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}"><c:chart>` +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${escapeXml(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${seriesXml(sheet, chart, "column")}${axes}</c:barChart>` +
    (lines
      ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${lines}<c:marker val="1"/>${axes}</c:lineChart>`
      : "") +
    `<c:catAx><c:axId val="50010"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="50020"/></c:catAx>` +
    `<c:valAx><c:axId val="50020"/><c:scaling><c:orientation val="minMax"/><c:min val="0"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/>` +
    `<c:numFmt formatCode="General" sourceLinked="1"/><c:crossAx val="50010"/></c:valAx>` +
    `</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`
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
