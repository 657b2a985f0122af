/**
 * What becomes of the workbook's one 评分指引 sheet when a scoring sheet is generated or re-applied:
 * created with the first scoring sheet, rebuilt (never duplicated) when a sheet of a new item is
 * added or a layout is re-applied, left alone when it already covers the item. It stays the last
 * sheet. The change comes first in the batch, so the scoring sheet's links find the guide built.
 */
import { uniqueSheetName } from "../../sheet-kit/sheet-names";
import type { Standard } from "../../standard";
import { t } from "../../strings";
import type { WorkbookChange } from "../../workbook-format/workbook-port";
import type { GuideLinks } from "../scoring-sheet/context";
import { guideItemOrder } from "./guide-items";
import { buildGuideSheet } from "./guide-sheet";

/** The workbook's 评分指引 sheet (marked by MH_GUIDE): where it is and the items it covers, in order. */
export interface GuideInWorkbook {
  sheetName: string;
  position: number;
  items: number[];
}

export interface GuideUpdate {
  links: GuideLinks;
  /** The change to make first (none when the guide already covers the item and is not refreshed). */
  change: WorkbookChange | null;
  /** Where the scoring sheet goes, after that change, for the guide to stay last (a new sheet). */
  scoringPosition: number;
}

export function guideUpdate(
  standard: Standard,
  want: { item: number; guide: GuideInWorkbook | null; sheetNames: string[]; reserved: string[] },
  refresh: boolean
): GuideUpdate {
  const current = want.guide;
  const items = guideItemOrder(current?.items ?? [], [want.item]);
  const taken = [...want.sheetNames, ...want.reserved];
  const sheetName = current?.sheetName ?? uniqueSheetName(t("guideSheet.name"), taken);
  const guide = buildGuideSheet(standard, items, sheetName);
  const covered = current !== null && items.length === current.items.length;
  const count = want.sheetNames.length;
  if (covered && !refresh)
    return { links: guide.links, change: null, scoringPosition: current.position };
  if (!current)
    return {
      links: guide.links,
      change: { kind: "add", plan: guide.plan },
      scoringPosition: count,
    };
  return {
    links: guide.links,
    change: { kind: "replace", sheetName: current.sheetName, plan: guide.plan, position: "end" },
    scoringPosition: count - 1,
  };
}
