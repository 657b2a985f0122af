/**
 * Opening a judge's file for consolidation: whatever the bytes are, the answer is the scoring
 * sheets found or a problem code with a zh-CN message — never an exception.
 */
import { t } from "../strings";
import type { ScoringSheetRead } from "../layout/read-scoring-sheet";
import { formatNamesBySheet, readScoringSheet } from "./read-scoring-sheets";
import { XlsxPackage } from "./xlsx-package";

export type OpenProblemCode =
  "not-xlsx" | "old-xls" | "encrypted" | "unreadable" | "no-scoring-sheet";

export type OpenResult =
  { ok: true; sheets: ScoringSheetRead[] } | { ok: false; code: OpenProblemCode; message: string };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** OLE compound file: an old .xls, or an .xlsx encrypted with a password (Office wraps those in OLE). */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** Does this OLE file hold an encrypted OOXML package ("EncryptionInfo" stream name, UTF-16LE)? */
function isEncryptedOoxml(bytes: Uint8Array): boolean {
  const needle = Array.from("EncryptionInfo").flatMap((c) => [c.charCodeAt(0), 0]);
  const limit = Math.min(bytes.length, 1 << 20);
  outer: for (let i = 0; i + needle.length <= limit; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

export async function openScoringWorkbook(data: Uint8Array): Promise<OpenResult> {
  if (startsWith(data, OLE)) {
    return isEncryptedOoxml(data)
      ? { ok: false, code: "encrypted", message: t("problem.encrypted") }
      : { ok: false, code: "old-xls", message: t("problem.oldXls") };
  }
  if (!startsWith(data, ZIP)) return { ok: false, code: "not-xlsx", message: t("problem.notXlsx") };
  let pkg: XlsxPackage;
  try {
    pkg = await XlsxPackage.open(data);
  } catch (e) {
    const detail = (e as Error)?.message ?? String(e);
    if (/workbook\.xml/.test(detail))
      return { ok: false, code: "not-xlsx", message: t("problem.notXlsx") };
    return { ok: false, code: "unreadable", message: t("problem.unreadable", { detail }) };
  }
  try {
    const sheets: ScoringSheetRead[] = [];
    for (const [index, names] of [...formatNamesBySheet(pkg)].sort((a, b) => a[0] - b[0])) {
      sheets.push(
        readScoringSheet(pkg.sheets[index].name, index, names, await pkg.readSheet(index))
      );
    }
    if (sheets.length === 0)
      return { ok: false, code: "no-scoring-sheet", message: t("problem.noScoringSheet") };
    return { ok: true, sheets };
  } catch (e) {
    return {
      ok: false,
      code: "unreadable",
      message: t("problem.unreadable", { detail: (e as Error)?.message ?? String(e) }),
    };
  }
}
