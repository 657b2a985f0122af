/**
 * What an applicant is told: per sub-item, the band reached and the strengths and opportunities
 * for improvement — the consensus meeting's where it gave them, else the judges' comments merged
 * and de-duplicated — and, only when asked, the points. Never a judge's name: the report is built
 * from this, and this holds none.
 *
 * The band: the consensus 成熟度 where the meeting chose one, else the band of the sub-item's
 * final score (the consensus score where the sheet is complete, else the mean of the judges'
 * scores) as a percentage of its maximum.
 *
 * The overall assessment (总体评价) is made from the same figures: the band of the final score
 * as a percentage of full marks, the verdict, and the sub-items scored highest and lowest
 * relative to their maxima — generated, plain, naming no one.
 */
import {
  bandForPercent,
  bandLabel,
  currentBandLabel,
  partsForItem,
  percentForScore,
  type Standard,
  type SubItem,
} from "../standard";
import { joinLines } from "../strings";
import { redactNames, type JudgeNames } from "./redact-names";
import type { ApplicationResult } from "./types";

export interface FeedbackItem {
  code: string;
  title: string;
  criteria: string[];
  max: number;
  band: string;
  /** The sub-item's final score in points (shown only with scores). */
  score: number | null;
  strengths: string[];
  improvements: string[];
  /** Whether the consensus meeting gave this sub-item's texts (band, strengths or improvements). */
  fromConsensus: boolean;
}

/** What the 总体评价 says: the overall band, and the strongest and weakest sub-items ("2.1 研发投入"). */
export interface OverallAssessment {
  /** The band of the final score as a percentage of full marks ("" without a final). */
  band: string;
  /** The final as a fraction of full marks, or null. */
  percent: number | null;
  strongest: string[];
  weakest: string[];
}

export interface Feedback {
  applicationId?: string;
  applicant: string;
  item: number;
  itemTitle: string;
  parts: { title: string; total: number; items: FeedbackItem[] }[];
  final: number | null;
  fullMarks: number;
  verdict: string;
  /** How many sub-items' texts the consensus meeting gave (the rest are the judges' merged). */
  consensusItems: number;
  /** How many sub-items the report has. */
  itemCount: number;
  overall: OverallAssessment;
  /** Lines of comments (and 成熟度 texts) in which a judge's name was replaced by 某评委. */
  redactions: number;
}

/**
 * Comments merged: every line of every text, trimmed, each once, in order. The 共识 sheet's
 * prefill and the feedback report both merge judges' comments this way.
 */
export const commentLines = (values: unknown[]): string[] => [
  ...new Set(
    values.flatMap((v) =>
      v === null || v === undefined ? [] : joinLines(String(v).split(/\r?\n/))
    )
  ),
];

function subItemScore(app: ApplicationResult, code: string): number | null {
  if (app.consensus) return app.consensus.scores[code] ?? null;
  const scores = app.judges.map((j) => j.scores[code]).filter((s) => typeof s === "number");
  if (!scores.length) return null;
  return Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 100) / 100;
}

function feedbackItem(standard: Standard, app: ApplicationResult, sub: SubItem): FeedbackItem {
  const agreed = app.consensusTexts?.[sub.code];
  const score = subItemScore(app, sub.code);
  // A band named as sheets made before the ordinal name it reads as the band's label now.
  const band =
    (agreed?.maturity && currentBandLabel(standard, agreed.maturity)) ||
    (score === null
      ? ""
      : bandLabel(standard, bandForPercent(standard, percentForScore(sub, score))));
  const strengths = agreed?.strength
    ? commentLines([agreed.strength])
    : commentLines(app.judges.map((j) => j.strength[sub.code]));
  const improvements = agreed?.improvement
    ? commentLines([agreed.improvement])
    : commentLines(app.judges.map((j) => j.improvement[sub.code]));
  return {
    code: sub.code,
    title: sub.title,
    criteria: sub.criteria,
    max: sub.max,
    band,
    score,
    strengths,
    improvements,
    fromConsensus: Boolean(agreed && (agreed.maturity || agreed.strength || agreed.improvement)),
  };
}

/** How many sub-items are named as the strongest and as the weakest. */
const NAMED = 2;

/** The 总体评价's figures: the overall band, and the sub-items highest and lowest against their maximum. */
function overallOf(standard: Standard, app: ApplicationResult, items: FeedbackItem[]) {
  const percent = app.final === null ? null : app.final / standard.fullMarks;
  const band = percent === null ? "" : bandLabel(standard, bandForPercent(standard, percent * 100));
  const scored = items
    .filter((i) => i.score !== null)
    .map((i, k) => ({ name: `${i.code} ${i.title}`, ratio: i.score! / i.max, k }));
  const by = [...scored].sort((a, b) => b.ratio - a.ratio || a.k - b.k);
  // Named only where there are enough to compare and they differ; never both strongest and weakest.
  const [max, min] = [by[0]?.ratio, by[by.length - 1]?.ratio];
  const named = scored.length >= NAMED * 2 && max > min;
  return {
    band,
    percent,
    strongest: named
      ? by
          .slice(0, NAMED)
          .filter((s) => s.ratio > min)
          .map((s) => s.name)
      : [],
    weakest: named
      ? by
          .slice(-NAMED)
          .filter((s) => s.ratio < max)
          .reverse()
          .map((s) => s.name)
      : [],
  };
}

/**
 * `judgeNames`: a pattern of every judge's name in the round (namePattern), replaced in every
 * text the judges or the meeting wrote (the band, the strengths, the improvements).
 */
export function feedbackOf(
  standard: Standard,
  app: ApplicationResult,
  judgeNames: JudgeNames | null = null
): Feedback {
  let redactions = 0;
  // Names replaced; the same text twice after that (two judges who signed) is said once.
  const redact = (lines: string[]) => {
    const r = redactNames(lines, judgeNames);
    redactions += r.changed;
    return [...new Set(r.lines)];
  };
  // Every text a judge or the meeting wrote is redacted: the comments, and the band (the
  // consensus 成熟度 is the meeting's own text).
  const redactOne = (text: string) => (text ? redact([text])[0] : text);
  const parts = partsForItem(standard, app.item).map((part) => ({
    title: `${part.number}. ${part.title}`,
    total: part.total,
    items: part.subItems.map((sub) => {
      const item = feedbackItem(standard, app, sub);
      return {
        ...item,
        band: redactOne(item.band),
        strengths: redact(item.strengths),
        improvements: redact(item.improvements),
      };
    }),
  }));
  const items = parts.flatMap((p) => p.items);
  return {
    ...(app.applicationId ? { applicationId: app.applicationId } : {}),
    applicant: app.applicant,
    item: app.item,
    itemTitle: app.itemTitle,
    parts,
    redactions,
    final: app.final,
    fullMarks: standard.fullMarks,
    verdict: app.verdict,
    // The meeting's word stands for the sub-items it gave texts for, not merely where a sheet exists.
    consensusItems: items.filter((i) => i.fromConsensus).length,
    itemCount: items.length,
    overall: overallOf(standard, app, items),
  };
}
