/**
 * Judges' names kept out of what applicants read: a judge who signs a comment, or names a
 * colleague in it, would otherwise reach the applicant. Each name of two characters or more is
 * replaced by 某评委 wherever it stands (a name of letters and digits only where it stands alone,
 * so "J1" is not found inside "J10" or "AJ1X").
 */
import { t } from "../strings";

export interface Redaction {
  lines: string[];
  /** Lines in which a name was replaced. */
  changed: number;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** One pattern for every name, longest first (so 王小明 wins over 王小). */
export function namePattern(names: Iterable<string>): RegExp | null {
  const usable = [...new Set([...names].map((n) => n.trim()).filter((n) => [...n].length >= 2))];
  if (!usable.length) return null;
  const alternatives = usable
    .sort((a, b) => b.length - a.length)
    .map((n) =>
      /^[A-Za-z0-9_]+$/.test(n) ? `(?<![A-Za-z0-9_])${escape(n)}(?![A-Za-z0-9_])` : escape(n)
    );
  return new RegExp(alternatives.join("|"), "g");
}

export function redactNames(lines: readonly string[], pattern: RegExp | null): Redaction {
  if (!pattern) return { lines: [...lines], changed: 0 };
  let changed = 0;
  const out = lines.map((line) => {
    const replaced = line.replace(pattern, t("report.judgeRedacted"));
    if (replaced !== line) changed++;
    return replaced;
  });
  return { lines: out, changed };
}
