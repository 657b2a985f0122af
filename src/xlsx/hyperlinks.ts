/**
 * Internal links (a cell that goes to another place in the workbook). exceljs would write them
 * with an external relationship as well; Excel wants only `location`. So they are written here,
 * into each sheet's XML, where the schema puts them (schema-order.ts).
 */
import type JSZip from "jszip";
import type { SheetPlan } from "../sheet-kit/plan-types";
import { insertInOrder, WORKSHEET_ORDER } from "./schema-order";
import { escapeXml } from "./xml-text";

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
    zip.file(path, insertInOrder(xml, WORKSHEET_ORDER, "hyperlinks", hyperlinksXml(plan)));
  }
}
