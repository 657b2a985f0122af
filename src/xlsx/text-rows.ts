/**
 * Rows whose height follows their text (SheetPlan.textRows: what judges type). exceljs marks
 * every row given a height as customHeight, and a custom-height row never grows in Excel as the
 * judge types. So the flag is taken off those rows here, in each sheet's XML: they keep their
 * stored height (what LibreOffice prints, as it never refits a row on opening) and stay
 * auto-height.
 */
import type JSZip from "jszip";
import type { SheetPlan } from "../sheet-kit/plan-types";

/** The sheet XML with no customHeight on the given rows. */
export function autoHeightRows(xml: string, rows: ReadonlySet<number>): string {
  return xml.replace(/<row\b[^>]*>/g, (tag) => {
    const r = /\sr="(\d+)"/.exec(tag);
    return r && rows.has(Number(r[1])) ? tag.replace(/\scustomHeight="(?:1|true)"/, "") : tag;
  });
}

export async function writeTextRows(zip: JSZip, plans: readonly SheetPlan[]): Promise<void> {
  for (const [i, plan] of plans.entries()) {
    const rows = new Set(Object.keys(plan.textRows ?? {}).map(Number));
    if (rows.size === 0) continue;
    const path = `xl/worksheets/sheet${i + 1}.xml`;
    const xml = await zip.file(path)!.async("string");
    zip.file(path, autoHeightRows(xml, rows));
  }
}
