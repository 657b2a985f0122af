/**
 * Excel's rules for worksheet names: 1–31 characters, none of [ ] : * ? / \, not starting or
 * ending with an apostrophe, not "History", unique in the workbook ignoring case.
 * Apostrophes are replaced too (they would need escaping in every reference), and control
 * characters are dropped. The applicant's name itself is kept intact in its cell; only the
 * tab name is adjusted.
 */
import { t } from "../strings";
import type { PlanCell } from "./plan-types";

const MAX_LENGTH = 31;
// Control characters are forbidden in sheet names, so the pattern names them on purpose.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[[\]:*?/\\'\u0000-\u001f\u007f]/g;

export function sanitizeSheetName(wanted: string, fallback = t("sheet.defaultName")): string {
  let name = wanted.replace(FORBIDDEN, (ch) =>
    ch === "'" ? "’" : ch < " " || ch === "\u007f" ? "" : "_"
  );
  name = name.replace(/\s+/g, " ").trim();
  if (name === "" || name.toLowerCase() === "history") name = name === "" ? fallback : `${name}_`;
  return truncate(name, MAX_LENGTH);
}

/**
 * At most `max` UTF-16 units (Excel counts those), never splitting a character outside the BMP.
 */
function truncate(s: string, max: number): string {
  let out = "";
  for (const ch of s) {
    if (out.length + ch.length > max) break;
    out += ch;
  }
  return out;
}

/** A valid name not among `taken` (compared case-insensitively): "名称", "名称 (2)", "名称 (3)" … */
export function uniqueSheetName(wanted: string, taken: Iterable<string>): string {
  const used = new Set(Array.from(taken, (n) => n.toLowerCase()));
  const base = sanitizeSheetName(wanted);
  if (!used.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const candidate = truncate(base, MAX_LENGTH - suffix.length).trimEnd() + suffix;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

/**
 * The plans under new tab names (`names[i]` for `plans[i]`), every formula that refers to one of
 * them by its old name (`'汇总'!K5`) following it, so a sheet written beside an existing 汇总
 * never reads the other one.
 */
export function renamePlans<P extends { sheetName: string; cells: PlanCell[] }>(
  plans: readonly P[],
  names: readonly string[]
): P[] {
  const renamed = new Map(plans.map((p, i) => [p.sheetName, names[i]]));
  const follow = (formula: string) =>
    formula.replace(/'((?:[^']|'')+)'!/g, (ref, quoted: string) => {
      const now = renamed.get(quoted.replace(/''/g, "'"));
      return now === undefined ? ref : `'${now.replace(/'/g, "''")}'!`;
    });
  return plans.map((plan, i) => ({
    ...plan,
    sheetName: names[i],
    cells: plan.cells.map((c) => (c.formula ? { ...c, formula: follow(c.formula) } : c)),
  }));
}
