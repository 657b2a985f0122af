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
  /** Index of its '<'. */
  start: number;
}

/** The root's children in document order, and where the root's end tag starts. */
export function topLevelChildren(xml: string): { children: TopLevelChild[]; rootEnd: number } {
  const children: TopLevelChild[] = [];
  let depth = 0;
  let rootEnd = -1;
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
  return { children, rootEnd };
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
