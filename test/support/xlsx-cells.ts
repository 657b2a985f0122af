/**
 * Test helper: edit cell values inside an .xlsx package, the way a judge typing into the sheet
 * would, without any spreadsheet library. It also strips every cached formula result, so that
 * figures read after a LibreOffice conversion can only be LibreOffice's own.
 */
import JSZip from "jszip";
import { XlsxPackage } from "../../src/xlsx";
import type { CellValue } from "../../src/sheet-kit";

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function cellXml(ref: string, style: string | undefined, value: CellValue): string {
  const s = style ? ` s="${style}"` : "";
  if (value === null) return `<c r="${ref}"${s}/>`;
  if (typeof value === "number") return `<c r="${ref}"${s}><v>${value}</v></c>`;
  if (typeof value === "boolean") return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escape(value)}</t></is></c>`;
}

/** edits: sheet name → (cell address → value). Cells must already exist in the sheet XML. */
export async function setCells(
  xlsx: Uint8Array,
  edits: Record<string, Record<string, CellValue>>,
  { stripCachedResults = true } = {}
): Promise<Uint8Array> {
  const pkg = await XlsxPackage.open(xlsx);
  const zip = await JSZip.loadAsync(xlsx);
  for (const sheet of pkg.sheets) {
    let xml = await zip.file(sheet.path)!.async("string");
    for (const [ref, value] of Object.entries(edits[sheet.name] ?? {})) {
      const re = new RegExp(`<c r="${ref}"(?: [^>]*?)?(?:/>|>[\\s\\S]*?</c>)`);
      const m = re.exec(xml);
      if (!m) throw new Error(`cell ${sheet.name}!${ref} not in the sheet XML`);
      const style = /\ss="(\d+)"/.exec(m[0])?.[1];
      xml = xml.replace(re, cellXml(ref, style, value));
    }
    if (stripCachedResults) {
      xml = xml
        .replace(/(<c [^>]*?)\s+t="(?:str|b|e|n)"([^>]*>\s*<f>)/g, "$1$2")
        .replace(/(<\/f>)\s*<v>[^<]*<\/v>/g, "$1");
    }
    zip.file(sheet.path, xml);
  }
  return zip.generateAsync({ type: "uint8array" });
}
