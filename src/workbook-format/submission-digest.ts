/**
 * The digest stored when a judge finalizes (提交评分) a scoring sheet: SHA-256 over a canonical
 * text of (format version, applicant, item, judge, scores by sub-item code, and — on a sheet
 * distributed from a roster — its round, application and judge ids). Consolidation
 * recomputes it from the cells and reports a submitted sheet whose content no longer matches.
 *
 * What it protects against: an accidental or unrecorded change of a score, the applicant, the
 * item, the judge or the sheet's ids after submission (someone unprotects the sheet and edits
 * it, or retypes the hidden 申报编号 so that the sheet would count for another application).
 * What it does not: it is not a signature. Anyone can recompute the digest after editing, since
 * the method is public and there is no secret; comments and 成熟度 are not covered.
 */
import type { CellValue } from "../sheet-kit/plan-types";

export const DIGEST_PREFIX = "sha256:";

export interface DigestInput {
  formatVersion: CellValue;
  applicant: CellValue;
  item: CellValue;
  judge: CellValue;
  /** Score cell contents by sub-item code. */
  scores: Record<string, CellValue | undefined>;
  /** MH_ROUND, MH_APP_ID, MH_JUDGE_ID; absent (and not hashed) on a sheet made without a roster. */
  identity?: { round: string; applicationId: string; judgeId: string } | null;
}

/** The exact text that is hashed: a JSON array with the scores sorted by code, then the ids if any. */
export function canonicalDigestText(input: DigestInput): string {
  const scores = Object.keys(input.scores)
    .sort()
    .map((code) => [code, input.scores[code] ?? null]);
  return JSON.stringify([
    "mh-award-scorer",
    input.formatVersion,
    input.applicant,
    input.item,
    input.judge,
    scores,
    ...(input.identity
      ? [[input.identity.round, input.identity.applicationId, input.identity.judgeId]]
      : []),
  ]);
}

export async function submissionDigest(input: DigestInput): Promise<string> {
  const bytes = new TextEncoder().encode(canonicalDigestText(input));
  const hash = await globalThis.crypto.subtle.digest("SHA-256", bytes);
  return (
    DIGEST_PREFIX +
    Array.from(new Uint8Array(hash), (b) => b.toString(16).padStart(2, "0")).join("")
  );
}
