/**
 * Opening a judge's file for consolidation: whatever the bytes are, the answer is the scoring
 * sheets found or a problem code with a zh-CN message — never an exception.
 */
import { t } from "../strings";
import type { OpenResult, ScoringSheetRead } from "../workbook-format";
import { formatNamesBySheet, readScoringSheet } from "./find-scoring-sheets";
import { DEFAULT_LIMITS, LimitExceeded, type ReadLimits } from "./read-limits";
import { XlsxPackage } from "./xlsx-package";
import { readZipDirectory } from "./zip-directory";

export type { OpenProblemCode, OpenResult } from "../workbook-format";

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

/** Megabytes with one decimal, rounded up for a size (so a file just over the limit never reads as equal to it). */
const mb = (bytes: number) => (Math.ceil((bytes / 1024 / 1024) * 10) / 10).toFixed(1);

export async function openScoringWorkbook(
  data: Uint8Array,
  limits: ReadLimits = DEFAULT_LIMITS
): Promise<OpenResult> {
  if (data.length > limits.maxFileBytes) {
    return {
      ok: false,
      code: "too-large",
      message: t("problem.tooLarge", { size: mb(data.length), limit: mb(limits.maxFileBytes) }),
    };
  }
  if (startsWith(data, OLE)) {
    return isEncryptedOoxml(data)
      ? { ok: false, code: "encrypted", message: t("problem.encrypted") }
      : { ok: false, code: "old-xls", message: t("problem.oldXls") };
  }
  if (!startsWith(data, ZIP)) return { ok: false, code: "not-xlsx", message: t("problem.notXlsx") };
  const directory = readZipDirectory(data);
  if (!directory)
    return {
      ok: false,
      code: "unreadable",
      message: t("problem.unreadable", { detail: t("problem.detail.zipDirectory") }),
    };
  if (directory.entries > limits.maxEntries) {
    return {
      ok: false,
      code: "too-many-entries",
      message: t("problem.tooManyEntries", { count: directory.entries, limit: limits.maxEntries }),
    };
  }
  if (directory.uncompressedBytes > limits.maxUncompressedBytes) {
    const size = Number.isFinite(directory.uncompressedBytes)
      ? mb(directory.uncompressedBytes)
      : "> 4096";
    return {
      ok: false,
      code: "too-expanded",
      message: t("problem.tooExpanded", { size, limit: mb(limits.maxUncompressedBytes) }),
    };
  }
  let pkg: XlsxPackage;
  try {
    pkg = await XlsxPackage.open(data, limits);
  } catch (e) {
    if (e instanceof LimitExceeded) return { ok: false, code: e.code, message: e.message };
    const detail = (e as Error)?.message ?? String(e);
    if (/workbook\.xml/.test(detail))
      return { ok: false, code: "not-xlsx", message: t("problem.notXlsx") };
    return unreadable(e);
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
    if (e instanceof LimitExceeded) return { ok: false, code: e.code, message: e.message };
    return unreadable(e);
  }
}

/** A damaged file, described in zh-CN (the library's own English message is not shown to the user). */
function unreadable(e: unknown): OpenResult {
  const text = (e as Error)?.message ?? String(e);
  const detail = /CRC32/i.test(text)
    ? t("problem.detail.crc")
    : /zip|end of data|central dir|signature/i.test(text)
      ? t("problem.detail.zip")
      : /xml|tag|attribute|entity|closing/i.test(text)
        ? t("problem.detail.xml")
        : t("problem.detail.other");
  return { ok: false, code: "unreadable", message: t("problem.unreadable", { detail }) };
}
