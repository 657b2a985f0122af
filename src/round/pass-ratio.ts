/**
 * The roster's 通过线比例 as people write it: a percentage-formatted cell holds 0.6 (shown 60%);
 * a text cell, or an old roster's, holds "60%" or "0.6"; some type the bare 60. Every one of
 * them means 60 %: a fraction in (0, 1], a percentage with its sign (ASCII or full-width) in
 * (0 %, 100 %]. A bare number from 10 to 100 — as a fraction it would put the pass line above
 * full marks — is read as a percentage (60 → 60 %); one between 1 and 10 (1.5) is refused, as a
 * pass line of a few per cent is a typing mistake, not a choice. The refusal (roster.badPass)
 * says all the ways it may be written.
 */
import type { CellValue } from "../sheet-kit/plan-types";
import { parseDecimal } from "../sheet-kit/decimal";

/** The smallest bare number read as a percentage. */
const BARE_PERCENT_MIN = 10;
const PERCENT = /^(.*?)\s*[%％]$/;

/** The fraction a 通过线比例 cell means, or null when it is not one. */
export function parsePassRatio(value: CellValue | undefined): number | null {
  const typed = typeof value === "number" ? String(value) : typeof value === "string" ? value : "";
  const text = typed
    .trim()
    .replace(/[０-９．]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  const percent = PERCENT.exec(text);
  const n = parseDecimal(percent ? percent[1] : text);
  if (n === null || !Number.isFinite(n) || n <= 0) return null;
  if (percent) return n <= 100 ? n / 100 : null;
  if (n <= 1) return n;
  return n >= BARE_PERCENT_MIN && n <= 100 ? n / 100 : null;
}
