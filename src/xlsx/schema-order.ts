/**
 * The order the OOXML schema gives the top-level children of a worksheet (CT_Worksheet) and a
 * workbook (CT_Workbook). Excel enforces it (a file with them out of order is "repaired");
 * LibreOffice does not, so the tests check it on every part the tool writes. Parts that exceljs
 * has written are amended by inserting an element where the sequence puts it, never before a
 * string searched for in the text.
 */
import { scanXml } from "./xml-scan";

export const WORKSHEET_ORDER = [
  "sheetPr",
  "dimension",
  "sheetViews",
  "sheetFormatPr",
  "cols",
  "sheetData",
  "sheetCalcPr",
  "sheetProtection",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "mergeCells",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
] as const;

export const WORKBOOK_ORDER = [
  "fileVersion",
  "fileSharing",
  "workbookPr",
  "workbookProtection",
  "bookViews",
  "sheets",
  "functionGroups",
  "externalReferences",
  "definedNames",
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
] as const;

export interface TopLevelChild {
  name: string;
  /** Index of its '<' in the text. */
  start: number;
}

/** The index in `xml` reached after `count` bytes of UTF-8 from index `i`. */
function advance(xml: string, i: number, count: number): number {
  let bytes = 0;
  while (bytes < count && i < xml.length) {
    const c = xml.charCodeAt(i);
    const pair = c >= 0xd800 && c < 0xdc00 && (xml.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : pair ? 4 : 3;
    i += pair ? 2 : 1;
  }
  return i;
}

/** The root's children in document order, and where the root's end tag starts. */
export function topLevelChildren(xml: string): { children: TopLevelChild[]; rootEnd: number } {
  const children: TopLevelChild[] = [];
  let depth = 0;
  let rootEnd = -1;
  // The tokenizer gives byte offsets; they are turned into the text's indices in one walk.
  scanXml(xml, {
    open(name, _attrs, _empty, at) {
      if (depth === 1) children.push({ name, start: at });
      depth++;
    },
    close(_name, at) {
      depth--;
      if (depth === 0) rootEnd = at;
    },
  });
  let [bytes, index] = [0, 0];
  const toIndex = (offset: number) => {
    index = advance(xml, index, offset - bytes);
    bytes = offset;
    return index;
  };
  for (const c of children) c.start = toIndex(c.start);
  return { children, rootEnd: rootEnd < 0 ? -1 : toIndex(rootEnd) };
}

/**
 * `fragment` (one element named `name`) inserted among the root's children where `order` puts
 * it: before the first child that the sequence places after it.
 */
export function insertInOrder(
  xml: string,
  order: readonly string[],
  name: string,
  fragment: string
): string {
  const rank = order.indexOf(name);
  if (rank < 0) throw new Error(`${name} is not in the schema sequence`);
  const { children, rootEnd } = topLevelChildren(xml);
  const next = children.find((c) => order.indexOf(c.name) > rank);
  const at = next ? next.start : rootEnd;
  return xml.slice(0, at) + fragment + xml.slice(at);
}
