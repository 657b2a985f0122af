/**
 * Internal links (a cell that goes to another place in the workbook). exceljs would write them
 * with an external relationship as well; Excel wants only `location`. So they are written here,
 * into each sheet's XML, where the schema puts them: after dataValidations, before printOptions.
 */
import type JSZip from "jszip";
import type { SheetPlan } from "../sheet-kit/plan-types";
import { escapeXml } from "./xml-text";

/** Elements that follow <hyperlinks> in CT_Worksheet, in schema order. */
const AFTER_HYPERLINKS = [
  "<printOptions",
  "<pageMargins",
  "<pageSetup",
  "<headerFooter",
  "<rowBreaks",
  "<colBreaks",
  "<customProperties",
  "<cellWatches",
  "<ignoredErrors",
  "<smartTags",
  "<drawing",
  "<legacyDrawing",
  "<legacyDrawingHF",
  "<picture",
  "<oleObjects",
  "<controls",
  "<webPublishItems",
  "<tableParts",
  "<extLst",
  "</worksheet>",
];

function hyperlinksXml(plan: SheetPlan): string {
  const links = (plan.hyperlinks ?? []).map((h) => {
    const tooltip = h.tooltip ? ` tooltip="${escapeXml(h.tooltip)}"` : "";
    return `<hyperlink ref="${h.address}" location="${escapeXml(h.target)}"${tooltip}/>`;
  });
  return `<hyperlinks>${links.join("")}</hyperlinks>`;
}

export async function writeHyperlinks(zip: JSZip, plans: readonly SheetPlan[]): Promise<void> {
  for (const [i, plan] of plans.entries()) {
    if (!plan.hyperlinks?.length) continue;
    const path = `xl/worksheets/sheet${i + 1}.xml`;
    const xml = await zip.file(path)!.async("string");
    // Search past what precedes <hyperlinks> (a conditional format may hold an <extLst> of its own).
    const from = Math.max(
      ...["</sheetData>", "</mergeCells>", "</conditionalFormatting>", "</dataValidations>"].map(
        (tag) => xml.lastIndexOf(tag)
      )
    );
    const at = Math.min(
      ...AFTER_HYPERLINKS.map((tag) => xml.indexOf(tag, from)).filter((i) => i >= 0)
    );
    zip.file(path, xml.slice(0, at) + hyperlinksXml(plan) + xml.slice(at));
  }
}
