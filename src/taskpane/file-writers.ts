/**
 * Writing .xlsx files, Word reports and a .zip in the browser: exceljs, docx and JSZip, in their
 * own chunk loaded on demand.
 */
import JSZip from "jszip";

export { writeWorkbook } from "../xlsx/write-workbook";
export { writeReports } from "../workflows/report";

/** One .zip holding the files (names in UTF-8, flagged as such for Windows and other unzippers). */
export async function zipFiles(files: { name: string; bytes: Uint8Array }[]): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const f of files) zip.file(f.name, f.bytes, { binary: true });
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
