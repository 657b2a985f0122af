/**
 * The plan of one judge's scoring sheet for one application, following the official 评分表:
 * the header block, one row per sub-item of the chosen item and of 创新价值, the totals block and
 * the signature. Every figure below the scores is a live formula implementing src/standard's
 * rule, so the sheet stays right in Excel, WPS or LibreOffice without the add-in. A hidden helper
 * column (I) classifies each score cell as 空 / 好 / 错; the verdict counts those.
 */
import { t } from "../../strings";
import {
  a4Print,
  isoDateToSerial,
  sanitizeSheetName,
  SheetBuilder,
  type SheetPlan,
} from "../../sheet-kit";
import { passRatioOf, sheetFigures, sheetWarnings, type Standard } from "../../standard";
import { COLUMN_WIDTHS, HEADER_ROW, at } from "./columns";
import type { EntryValues, GuideLinks, ScoringSheetContext, ScoringSheetHeader } from "./context";
import { headerBlock } from "./header-block";
import { partRows } from "./part-rows";
import { signatureBlock } from "./signature";
import { highlights, totalsBlock } from "./totals-block";
import { withStandard } from "../standard-name";

export interface ScoringSheetOptions {
  sheetName?: string;
  /** Fraction of full marks that passes (default: the standard's). */
  passRatio?: number;
  /** Existing content of input cells by sub-item code, kept when a sheet is (re)generated. */
  entries?: Readonly<Record<string, EntryValues>>;
  /** The workbook's 评分指引 sheet: each sub-item's name links to its row there. */
  guide?: GuideLinks;
}

function scoresFrom(entries: Readonly<Record<string, EntryValues>>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(entries).map(([code, e]) => [code, e.score]));
}

export function buildScoringSheetPlan(
  standard: Standard,
  header: ScoringSheetHeader,
  options: ScoringSheetOptions = {}
): SheetPlan {
  const dateSerial = isoDateToSerial(header.date);
  if (dateSerial === null) throw new RangeError(`not a date: ${header.date}`);
  const entries = options.entries ?? {};
  const passRatio = passRatioOf(standard, options.passRatio);
  const ctx: ScoringSheetContext = {
    b: new SheetBuilder(options.sheetName ?? sanitizeSheetName(header.applicant)),
    standard,
    header,
    entries,
    passRatio,
    figures: sheetFigures(standard, header.item, scoresFrom(entries), { passRatio }),
    warnings: sheetWarnings(standard, header.item, entries),
    guide: options.guide,
  };
  headerBlock(ctx, dateSerial);
  const parts = partRows(ctx, HEADER_ROW + 1);
  const { verdict, nextRow } = totalsBlock(ctx, parts, parts[parts.length - 1].last + 1);
  const lastRow = signatureBlock(ctx, nextRow + 1);
  highlights(ctx, parts, verdict);
  const plan = ctx.b.build({
    columns: COLUMN_WIDTHS,
    protection: { allowFormatColumns: true, allowFormatRows: true },
    print: a4Print(
      "portrait",
      `A1:${at("hint", lastRow)}`,
      [1, HEADER_ROW],
      undefined,
      // The round's name at the top of the page (the award's on a sheet made without a roster).
      `${header.identity?.round || t("report.defaultRound")}${t("sep.title")}${header.applicant}`
    ),
    freezeRows: HEADER_ROW,
    styleMergedCells: true,
  });
  return withStandard(plan, standard);
}
