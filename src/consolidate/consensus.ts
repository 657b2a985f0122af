/**
 * Consensus-aware finals: an application whose 共识 sheet has a valid consensus score for every
 * sub-item takes the consensus total as its final score (finalSource "consensus"); otherwise its
 * final stays the independent one (mean or trimmed mean of the judges) and, when a consensus
 * sheet exists, a problem names the sub-items it lacks. A consensus sheet is matched to its
 * application by 申报编号 when both have one, else by applicant and item — and checked, not
 * trusted: of a known format version, of this round (when both name one), its applicant and item
 * those of the application its id names, one sheet per application (two are both refused). Each
 * refusal is a problem naming the sheet and the cell. The same exact sums and pass line as
 * everywhere (src/standard).
 */
import {
  applicationVerdict,
  checkScore,
  passLineHundredths,
  ratio4,
  sameApplicant,
  subItemsForItem,
  sumToHundredths,
  type Standard,
} from "../standard";
import { t } from "../strings";
import type { ConsensusSheetRead } from "../workbook-format";
import type { ProblemCode } from "./problem-codes";
import type { ApplicationResult, ConsolidationOptions, Problem } from "./types";

/** The 共识 sheets that claim this application: by 申报编号 when the application has one, else by applicant and item. */
function sheetsFor(app: ApplicationResult, sheets: ConsensusSheetRead[]): ConsensusSheetRead[] {
  const byName = (s: ConsensusSheetRead) =>
    s.item === app.item && sameApplicant(s.applicant, app.applicant);
  if (!app.applicationId) return sheets.filter(byName);
  const byId = sheets.filter((s) => s.applicationId === app.applicationId);
  return byId.length > 0 ? byId : sheets.filter((s) => s.applicationId === null && byName(s));
}

type ReportConsensus = (
  sheet: ConsensusSheetRead,
  cell: string,
  code: ProblemCode,
  message: string
) => void;

/** Sheets of a format this reader knows and of this round (when both name one); the others reported. */
function usableSheets(
  sheets: ConsensusSheetRead[],
  roundName: string | undefined,
  report: ReportConsensus
): ConsensusSheetRead[] {
  return sheets.filter((sheet) => {
    if (sheet.formatVersion !== 1 && sheet.formatVersion !== "1") {
      const version = text(sheet.formatVersion);
      report(
        sheet,
        sheet.cells.format,
        "consensus-format",
        t("problem.consensusFormat", { version, supported: 1 })
      );
      return false;
    }
    if (roundName && sheet.round !== null && sheet.round !== roundName) {
      const message = t("problem.consensusOtherRound", { round: sheet.round, current: roundName });
      report(sheet, sheet.cells.round, "consensus-other-round", message);
      return false;
    }
    return true;
  });
}

/**
 * A sheet matched by 申报编号 that is not the application's: another item, or — on a sheet that
 * does not name its round (made before MH_C_ROUND, last year's …) — another applicant. A sheet of
 * this round may carry the applicant as the meeting shortened it: the id and the round tie it.
 */
function identityMismatch(standard: Standard, app: ApplicationResult, sheet: ConsensusSheetRead) {
  if (sheet.applicationId === null) return null;
  const sameItem = sheet.item === app.item;
  if (sameItem && (sheet.round !== null || sameApplicant(sheet.applicant, app.applicant)))
    return null;
  const title = (n: number | null) => standard.parts.find((p) => p.number === n)?.title ?? text(n);
  const cell = sheet.item === app.item ? sheet.cells.applicant : sheet.cells.item;
  const message = t("problem.consensusMismatch", {
    sheetApplicant: sheet.applicant,
    sheetItem: title(sheet.item),
    id: app.applicationId ?? "",
    applicant: app.applicant,
    item: title(app.item),
  });
  return { cell, message };
}

/** The consensus scores of a sheet, or the codes of the sub-items without a valid one. */
function consensusScores(standard: Standard, app: ApplicationResult, sheet: ConsensusSheetRead) {
  const scores: Record<string, number> = {};
  const missing: string[] = [];
  for (const sub of subItemsForItem(standard, app.item)) {
    const check = checkScore(standard, sub, sheet.entries[sub.code]?.score ?? null);
    if (check.status === "ok") scores[sub.code] = check.value;
    else missing.push(`${sub.code} ${sub.title}`);
  }
  return { scores, missing };
}

const text = (v: unknown) => (v === null || v === undefined ? "" : String(v).trim());

function consensusTexts(sheet: ConsensusSheetRead): ApplicationResult["consensusTexts"] {
  return Object.fromEntries(
    Object.entries(sheet.entries).map(([code, e]) => [
      code,
      { maturity: text(e.maturity), strength: text(e.strength), improvement: text(e.improvement) },
    ])
  );
}

/** The one 共识 sheet of an application, or null (none, several, or one that is another's). */
function sheetOf(
  standard: Standard,
  app: ApplicationResult,
  sheets: ConsensusSheetRead[],
  report: ReportConsensus
): ConsensusSheetRead | null {
  const found = sheetsFor(app, sheets);
  if (found.length > 1) {
    const list = found.map((s) => `${s.file} ${s.sheetName}`).join(t("sep.list"));
    const message = t("problem.consensusDuplicate", {
      applicant: app.applicant,
      count: found.length,
      sheets: list,
    });
    for (const sheet of found) report(sheet, "", "consensus-duplicate", message);
    return null;
  }
  const [sheet] = found;
  if (!sheet) return null;
  const mismatch = identityMismatch(standard, app, sheet);
  if (mismatch) {
    report(sheet, mismatch.cell, "consensus-mismatch", mismatch.message);
    return null;
  }
  return sheet;
}

export function applyConsensus(
  standard: Standard,
  options: ConsolidationOptions,
  apps: ApplicationResult[],
  all: ConsensusSheetRead[],
  /** The roster's round, when the consolidation has one: a 共识 sheet of another round is refused. */
  roundName?: string
): Problem[] {
  const problems: Problem[] = [];
  const reported = new Set<ConsensusSheetRead>();
  const report: ReportConsensus = (sheet, cell, code, message) => {
    reported.add(sheet);
    problems.push({ file: sheet.file, sheet: sheet.sheetName, cell, code, message });
  };
  const sheets = usableSheets(all, roundName, report);
  for (const app of apps) {
    const sheet = sheetOf(standard, app, sheets, report);
    if (!sheet) continue;
    reported.add(sheet);
    app.consensusTexts = consensusTexts(sheet);
    const { scores, missing } = consensusScores(standard, app, sheet);
    if (missing.length) {
      const message = t("problem.consensusIncomplete", {
        applicant: app.applicant,
        missing: missing.join(t("sep.list")),
      });
      report(sheet, "", "consensus-incomplete", message);
      continue;
    }
    const total = sumToHundredths(Object.values(scores));
    app.consensus = {
      total: total / 100,
      scores,
      verdict: applicationVerdict(total, passLineHundredths(standard, options.passRatio)),
    };
    app.finalSource = "consensus";
    app.final = total / 100;
    app.percent = ratio4(total, standard.fullMarks * 100);
    app.verdict = app.consensus.verdict;
  }
  for (const sheet of sheets)
    if (!reported.has(sheet))
      report(
        sheet,
        "",
        "consensus-unmatched",
        t("problem.consensusUnmatched", { applicant: sheet.applicant })
      );
  return problems;
}
