/**
 * Consensus-aware finals: an application whose 共识 sheet has a valid consensus score for every
 * sub-item takes the consensus total as its final score (finalSource "consensus"); otherwise its
 * final stays the independent one (mean or trimmed mean of the judges) and, when a consensus
 * sheet exists, a problem names the sub-items it lacks. A consensus sheet is matched to its
 * application by 申报编号 when both have one, else by applicant and item. The same exact sums
 * and pass line as everywhere (src/standard).
 */
import {
  applicationVerdict,
  checkScore,
  passLineHundredths,
  ratio4,
  subItemsForItem,
  sumToHundredths,
  type Standard,
} from "../standard";
import { t } from "../strings";
import type { ConsensusSheetRead } from "../workbook-format";
import type { ApplicationResult, ConsolidationOptions, Problem } from "./types";

function sheetFor(app: ApplicationResult, sheets: ConsensusSheetRead[]) {
  if (app.applicationId) {
    const byId = sheets.find((s) => s.applicationId === app.applicationId);
    if (byId) return byId;
  }
  return sheets.find((s) => s.applicant === app.applicant && s.item === app.item);
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

export function applyConsensus(
  standard: Standard,
  options: ConsolidationOptions,
  apps: ApplicationResult[],
  sheets: ConsensusSheetRead[]
): Problem[] {
  const problems: Problem[] = [];
  const used = new Set<ConsensusSheetRead>();
  const problem = (sheet: ConsensusSheetRead, code: string, message: string) =>
    problems.push({ file: sheet.file, sheet: sheet.sheetName, cell: "", code, message });
  for (const app of apps) {
    const sheet = sheetFor(app, sheets);
    if (!sheet) continue;
    used.add(sheet);
    app.consensusTexts = consensusTexts(sheet);
    const { scores, missing } = consensusScores(standard, app, sheet);
    if (missing.length) {
      const message = t("problem.consensusIncomplete", {
        applicant: app.applicant,
        missing: missing.join(t("sep.list")),
      });
      problem(sheet, "consensus-incomplete", message);
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
    if (!used.has(sheet))
      problem(
        sheet,
        "consensus-unmatched",
        t("problem.consensusUnmatched", { applicant: sheet.applicant })
      );
  return problems;
}
