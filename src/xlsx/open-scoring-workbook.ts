/**
 * Opening a judge's file for consolidation: whatever the bytes are, the answer is the scoring
 * sheets found or a problem code with a zh-CN message — never an exception.
 */
import { t } from "../strings";
import type { OpenResult, ScoringSheetRead, SheetProblem } from "../workbook-format";
import { formatNamesBySheet, readScoringSheet, standardTagsBySheet } from "./find-scoring-sheets";
import { DEFAULT_LIMITS, LimitExceeded, type ReadLimits } from "./read-limits";
import { NotAWorkbook, XlsxPackage, type SheetContent } from "./xlsx-package";
import { XmlMalformed } from "./xml-scan";
import { CellContentRepeated } from "./xlsx-parts";
import { ZipError, type ZipFailure } from "./zip-archive";

export type { OpenProblemCode, OpenResult } from "../workbook-format";

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** OLE compound file: an old .xls, or an .xlsx encrypted with a password (Office wraps those in OLE). */
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/**
 * Does this OLE file hold an encrypted OOXML package ("EncryptionInfo" stream name, UTF-16LE)?
 * The whole file is searched: the directory holding the name may sit anywhere in it.
 */
function isEncryptedOoxml(bytes: Uint8Array): boolean {
  const needle = Array.from("EncryptionInfo").flatMap((c) => [c.charCodeAt(0), 0]);
  const limit = bytes.length;
  outer: for (
    let i = bytes.indexOf(needle[0]);
    i >= 0 && i + needle.length <= limit;
    i = bytes.indexOf(needle[0], i + 1)
  ) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** Megabytes with one decimal, rounded up for a size (so a file just over the limit never reads as equal to it). */
const mb = (bytes: number) => (Math.ceil((bytes / 1024 / 1024) * 10) / 10).toFixed(1);

/** A file over the size limit, said before it is read (by the reader, or by a caller's `stat`). */
export const tooLargeMessage = (size: number, limits: ReadLimits = DEFAULT_LIMITS) =>
  t("problem.tooLarge", { size: mb(size), limit: mb(limits.maxFileBytes) });

export type OpenFailure = Extract<OpenResult, { ok: false }>;

/**
 * Any .xlsx as a package, or the true reason it cannot be one (too large, an old .xls, encrypted,
 * not a zip, a damaged zip …): the scoring workbooks' reader and the roster's share it.
 */
export async function openWorkbookPackage(
  data: Uint8Array,
  limits: ReadLimits = DEFAULT_LIMITS
): Promise<{ ok: true; pkg: XlsxPackage } | OpenFailure> {
  if (data.length > limits.maxFileBytes)
    return { ok: false, code: "too-large", message: tooLargeMessage(data.length, limits) };
  if (startsWith(data, OLE)) {
    return isEncryptedOoxml(data)
      ? { ok: false, code: "encrypted", message: t("problem.encrypted") }
      : { ok: false, code: "old-xls", message: t("problem.oldXls") };
  }
  if (!startsWith(data, ZIP)) return { ok: false, code: "not-xlsx", message: t("problem.notXlsx") };
  try {
    return { ok: true, pkg: await XlsxPackage.open(data, limits) };
  } catch (e) {
    return failure(e, limits);
  }
}

export async function openScoringWorkbook(
  data: Uint8Array,
  limits: ReadLimits = DEFAULT_LIMITS
): Promise<OpenResult> {
  const opened = await openWorkbookPackage(data, limits);
  if (!opened.ok) return opened;
  const { pkg } = opened;
  const bySheet = formatNamesBySheet(pkg);
  if (bySheet.size === 0)
    return { ok: false, code: "no-scoring-sheet", message: t("problem.noScoringSheet") };
  // Only the cells the format names point at are kept: little memory whatever the sheets hold.
  const only = new Set([...bySheet.values()].flatMap((s) => Object.values(s.names)));
  const sheets: ScoringSheetRead[] = [];
  const sheetProblems: SheetProblem[] = [];
  const tags = standardTagsBySheet(pkg);
  for (const [index, { names, duplicates }] of bySheet) {
    const sheetName = pkg.sheets[index].name;
    if (duplicates.length) {
      const message = t("problem.duplicateName", { names: duplicates.join(t("sep.list")) });
      sheetProblems.push({ sheet: sheetName, code: "duplicate-name", message });
      continue;
    }
    let content: SheetContent;
    try {
      content = await pkg.readSheet(index, only);
    } catch (e) {
      // Only a fault of the sheet's own stops just that sheet; damage to the file stops it all.
      const own = sheetFault(e);
      if (!own) return failure(e, limits);
      sheetProblems.push({ sheet: sheetName, ...own });
      continue;
    }
    sheets.push(readScoringSheet(sheetName, index, names, content, tags.get(index) ?? null));
  }
  return { ok: true, sheets, sheetProblems };
}

/** A fault that is the sheet's own (its cells), as that sheet's problem; null for any other. */
function sheetFault(e: unknown): Omit<SheetProblem, "sheet"> | null {
  if (e instanceof LimitExceeded && e.code === "too-many-cells")
    return { code: e.code, message: e.message };
  if (e instanceof CellContentRepeated) return { code: e.code, message: e.message, cell: e.cell };
  return null;
}

const unreadable = (detail: string): OpenFailure => ({
  ok: false,
  code: "unreadable",
  message: t("problem.unreadable", { detail }),
});

/** What the zip's structure says is wrong, with its true reason. */
function zipFailure(f: ZipFailure, limits: ReadLimits): OpenFailure {
  switch (f.code) {
    case "directory":
      return unreadable(t("problem.detail.zipDirectory"));
    case "zip64":
      return unreadable(t("problem.detail.zip64"));
    case "too-many-entries":
      return {
        ok: false,
        code: "too-many-entries",
        message:
          f.count === null
            ? t("problem.tooManyEntriesHidden", { limit: limits.maxEntries })
            : t("problem.tooManyEntries", { count: f.count, limit: limits.maxEntries }),
      };
    case "too-expanded":
      return {
        ok: false,
        code: "too-expanded",
        message: t("problem.tooExpanded", {
          size: mb(f.bytes),
          limit: mb(limits.maxUncompressedBytes),
        }),
      };
    case "over-budget":
      return {
        ok: false,
        code: "too-expanded",
        message: t("problem.overReadBudget", {
          size: mb(f.bytes),
          limit: mb(limits.readBudgetBytes),
        }),
      };
    case "encrypted":
      return { ok: false, code: "encrypted", message: t("problem.encrypted") };
    case "entry":
      return unreadable(t("problem.detail.entry", { name: f.name }));
    case "method":
      return unreadable(t("problem.detail.method", { name: f.name }));
    case "crc":
      return unreadable(t("problem.detail.crcPart", { name: f.name }));
    case "size":
      return unreadable(t("problem.detail.size", { name: f.name }));
  }
}

/** Any failure while reading, as a problem in zh-CN (a library's English message is never shown). */
export function failure(e: unknown, limits: ReadLimits = DEFAULT_LIMITS): OpenFailure {
  if (e instanceof LimitExceeded) return { ok: false, code: e.code, message: e.message };
  if (e instanceof CellContentRepeated)
    return { ok: false, code: "unreadable", message: e.message };
  if (e instanceof ZipError) return zipFailure(e.failure, limits);
  if (e instanceof NotAWorkbook)
    return { ok: false, code: "not-xlsx", message: t("problem.notXlsx") };
  if (e instanceof XmlMalformed) return unreadable(t("problem.detail.xml"));
  return unreadable(t("problem.detail.other"));
}
