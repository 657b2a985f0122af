/**
 * The workbook's one 评分指引 sheet, queued in the same batch as a scoring sheet: created with
 * the first scoring sheet, rebuilt (never duplicated) when a sheet of a new item is added or a
 * layout is re-applied, left alone when it already covers the item. It stays the last sheet:
 * a rebuilt guide is added at the end, and a new scoring sheet goes before an unchanged one.
 */
import { buildGuideSheet } from "../sheets/guide-sheet/guide-sheet";
import { guideItemOrder } from "../sheets/guide-sheet/guide-items";
import type { GuideLinks } from "../sheets/scoring-sheet/context";
import { uniqueSheetName } from "../sheet-kit/sheet-names";
import type { Standard } from "../standard";
import { t } from "../strings";
import type { Capabilities } from "./capabilities";
import { queueSheetPlan } from "./queue-sheet-plan";
import type { GuideInWorkbook } from "./workbook-session";

/** What generating needs to know of the workbook (readWorkbookSheets gives it). */
export interface WorkbookGuide {
  guide: GuideInWorkbook | null;
  sheetNames: string[];
}

export interface QueuedGuide {
  links: GuideLinks;
  /** Where a new scoring sheet goes so that the guide stays last; null when the guide is rebuilt at the end. */
  position: number | null;
  /** The sheet this batch adds for the guide (to remove if the batch fails), or null. */
  added: string | null;
}

export function queueGuide(
  context: Excel.RequestContext,
  want: { standard: Standard; item: number; workbook: WorkbookGuide; reserved: string[] },
  refresh: boolean,
  caps: Capabilities
): QueuedGuide {
  const { standard, workbook } = want;
  const current = workbook.guide;
  const items = guideItemOrder(current?.items ?? [], [want.item]);
  const taken = [...workbook.sheetNames, ...want.reserved];
  const sheetName = current?.sheetName ?? uniqueSheetName(t("guideSheet.name"), taken);
  const guide = buildGuideSheet(standard, items, sheetName);
  const covered = current !== null && items.length === current.items.length;
  if (covered && !refresh) return { links: guide.links, position: current.position, added: null };
  const worksheets = context.workbook.worksheets;
  if (!current) {
    queueSheetPlan(worksheets.add(sheetName), guide.plan, caps);
    return { links: guide.links, position: null, added: sheetName };
  }
  // Built beside the old guide, which is deleted only once the new one is complete.
  const temporary = uniqueSheetName(t("excel.rebuildingGuide"), taken);
  const fresh = worksheets.add(temporary);
  queueSheetPlan(fresh, guide.plan, caps);
  worksheets.getItem(current.sheetName).delete();
  fresh.name = sheetName;
  return { links: guide.links, position: null, added: temporary };
}
