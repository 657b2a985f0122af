/**
 * The use case "generate judges' sheets": check what was asked (item, date, pass ratio, judge,
 * applicants), name the sheets by Excel's rules, and plan one scoring sheet per applicant and
 * the workbook's 评分指引 sheet (last), which every scoring sheet links to.
 * `mhscore template` writes the plans to an .xlsx; the pane applies one plan at a time (place-sheet.ts).
 */
import { isoDateFrom, uniqueSheetName, type SheetPlan } from "../../sheet-kit";
import { buildGuideSheet } from "../../judge-sheets/guide-sheet";
import { buildScoringSheetPlan, type ScoringSheetHeader } from "../../judge-sheets/scoring-sheet";
import { itemFromText, itemHint, itemNumbers, type Standard } from "../../standard";
import { t } from "../../strings";
import type { Checked } from "../ports";
import type { RoundContext } from "../round-context";

/** What the judge asks for; who the judge is and the pass ratio come from the round context. */
export interface JudgeSheetsRequest {
  item: number | string;
  /** "YYYY-MM-DD" */
  date: string;
  applicants: string[];
}

export interface JudgeSheets {
  /** The scoring sheets in the applicants' order, then the 评分指引 sheet. */
  plans: SheetPlan[];
  item: number;
  itemTitle: string;
  judge: string;
  /** The review date, as "YYYY-MM-DD" however it was typed. */
  date: string;
  /** The sheet made for each applicant, in order. */
  sheets: { sheetName: string; applicant: string }[];
}

function checkNames(judge: string, applicants: string[]): string | null {
  if (judge === "") return t("cli.template.emptyName", { what: t("cli.what.judge") });
  const seen = new Set<string>();
  for (const a of applicants) {
    if (a === "") return t("cli.template.emptyName", { what: t("cli.what.applicant") });
    if (seen.has(a)) return t("cli.template.duplicateApplicant", { name: a });
    seen.add(a);
  }
  return null;
}

/** The item (a number or its name) and the date (as people type it), checked by one rule for every shell. */
function checkItemAndDate(
  standard: Standard,
  request: { item: number | string; date: string }
): Checked<{ item: number; date: string }> {
  const item = itemFromText(standard, request.item);
  if (item === null) {
    const items = itemNumbers(standard).join(t("sep.list"));
    return {
      ok: false,
      message: t("cli.template.badItem", {
        value: String(request.item),
        items,
        hint: itemHint(standard, request.item),
      }),
    };
  }
  const date = isoDateFrom(request.date);
  if (date === null)
    return { ok: false, message: t("cli.template.badDate", { value: request.date }) };
  return { ok: true, value: { item, date } };
}

/**
 * One scoring sheet's header as the pane asks for it, checked by the same rules as
 * planJudgeSheets: a known item, a real date, a judge and an applicant named (trimmed).
 */
export function checkSheetHeader(
  standard: Standard,
  header: ScoringSheetHeader
): Checked<ScoringSheetHeader> {
  const checked = checkItemAndDate(standard, header);
  if (!checked.ok) return checked;
  const judge = header.judge.trim();
  const applicant = header.applicant.trim();
  const bad = checkNames(judge, [applicant]);
  if (bad) return { ok: false, message: bad };
  return { ok: true, value: { ...header, ...checked.value, judge, applicant } };
}

export function planJudgeSheets(
  context: RoundContext,
  request: JudgeSheetsRequest
): Checked<JudgeSheets> {
  const { standard, passRatio } = context;
  const checked = checkItemAndDate(standard, request);
  if (!checked.ok) return checked;
  const { item, date } = checked.value;
  const judge = (context.judge?.name ?? "").trim();
  const applicants = request.applicants.map((a) => a.trim());
  const bad = checkNames(judge, applicants);
  if (bad) return { ok: false, message: bad };
  const guide = buildGuideSheet(standard, [item]);
  const taken: string[] = [guide.plan.sheetName];
  const sheets = applicants.map((applicant) => {
    const sheetName = uniqueSheetName(applicant, taken);
    taken.push(sheetName);
    return { sheetName, applicant };
  });
  const plans = sheets.map(({ sheetName, applicant }) =>
    buildScoringSheetPlan(
      standard,
      { applicant, item, judge, date },
      { sheetName, passRatio, guide: guide.links }
    )
  );
  plans.push(guide.plan);
  const itemTitle = standard.parts.find((p) => p.number === item)!.title;
  return { ok: true, value: { plans, item, itemTitle, judge, date, sheets } };
}
