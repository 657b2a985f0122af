/**
 * What an applicant is told: per sub-item, the band reached and the strengths and opportunities
 * for improvement — the consensus meeting's where it gave them, else the judges' comments merged
 * and de-duplicated — and, only when asked, the points. Never a judge's name: the report is built
 * from this, and this holds none.
 *
 * The band: the consensus 成熟度 where the meeting chose one, else the band of the sub-item's
 * final score (the consensus score where the sheet is complete, else the mean of the judges'
 * scores) as a percentage of its maximum.
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
  fromConsensus: boolean;
  /** Lines of comments (and 成熟度 texts) in which a judge's name was replaced by 某评委. */
  redactions: number;
}

/**
 * Comments merged: every line of every text, trimmed, each once, in order. The 共识 sheet's
 * prefill and the feedback report both merge judges' comments this way.
 */
export const commentLines = (values: unknown[]): string[] => [
  ...new Set(
    values
      .flatMap((v) => (v === null || v === undefined ? [] : String(v).split(/\r?\n/)))
      .map((s) => s.trim())
      .filter(Boolean)
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
    // The meeting's word stands where it gave a score or a text, not merely where a sheet exists.
    fromConsensus:
      app.finalSource === "consensus" ||
      Object.values(app.consensusTexts ?? {}).some(
        (e) => e.maturity || e.strength || e.improvement
      ),
  };
}
