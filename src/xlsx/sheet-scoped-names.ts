/**
 * exceljs 4.4 writes defined names at workbook level only (it keeps localSheetId just for print
 * areas and titles, and writes print areas without the row "$"). The format needs names scoped
 * to their sheet, because a workbook holds one scoring sheet per application, each with its own
 * MH_TOTAL. So the names, the print areas and the print titles are written here, into
 * xl/workbook.xml, after exceljs has produced the package.
 */
import type JSZip from "jszip";
import { quoteSheetName } from "../sheet-kit/cell-address";
import type { SheetPlan } from "../sheet-kit/plan-types";
import { insertInOrder, WORKBOOK_ORDER } from "./schema-order";
import { escapeXml } from "./xml-text";

interface DefinedName {
  name: string;
  sheetIndex: number;
  ref: string;
}

function namesFor(plan: SheetPlan, sheetIndex: number): DefinedName[] {
  const sheet = quoteSheetName(plan.sheetName);
  const names = [
    ...plan.names.map((n) => ({ name: n.name, sheetIndex, ref: `${sheet}!${n.address}` })),
    // A name whose value is a text (MH_STANDARD): a string constant, quotes doubled.
    ...(plan.constants ?? []).map((c) => ({
      name: c.name,
      sheetIndex,
      ref: `"${c.text.replace(/"/g, '""')}"`,
    })),
  ];
  if (!plan.print) return names;
  const titles = plan.print.titleRows;
  const area = plan.print.area
    .split(":")
    .map((a) => a.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2"))
    .join(":");
  return [
    { name: "_xlnm.Print_Area", sheetIndex, ref: `${sheet}!${area}` },
    ...(titles
      ? [{ name: "_xlnm.Print_Titles", sheetIndex, ref: `${sheet}!$${titles[0]}:$${titles[1]}` }]
      : []),
    ...names,
  ];
}

export async function writeSheetScopedNames(
  zip: JSZip,
  plans: readonly SheetPlan[]
): Promise<void> {
  const file = zip.file("xl/workbook.xml");
  if (!file) throw new Error("xl/workbook.xml missing from the package exceljs wrote");
  let xml = await file.async("string");
  // Drop whatever exceljs wrote; every name this tool needs is written below.
  xml = xml.replace(/<definedNames>[\s\S]*?<\/definedNames>|<definedNames\/>/, "");
  const names = plans.flatMap((plan, i) => namesFor(plan, i));
  const body = names
    .map(
      (n) =>
        `<definedName name="${escapeXml(n.name)}" localSheetId="${n.sheetIndex}">${escapeXml(n.ref)}</definedName>`
    )
    .join("");
  xml = insertInOrder(xml, WORKBOOK_ORDER, "definedNames", `<definedNames>${body}</definedNames>`);
  zip.file("xl/workbook.xml", xml);
}
