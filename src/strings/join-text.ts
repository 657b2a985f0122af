/**
 * Where generated text is put together from pieces (a judge's comment, a message, a label) and
 * separators, this is the one place that joins them, so that a piece's own ending never meets a
 * separator as stray punctuation ("。；", "；。", a line that begins with "。" or "）"):
 *   joinText(["做法有效。", "成效待量化；"], "；") → "做法有效；成效待量化"
 *   sentence("成效待量化；") → "成效待量化。"
 *   joinLines(["建议补充数据（如满意度", "）。"]) → ["建议补充数据（如满意度）。"]
 */

/** Punctuation that ends a clause or a sentence; two of them in a row are stray. */
export const CLAUSE_END = "。；，、;,.：:！!？?";
/** What may not begin a line: it belongs to the end of the line before. */
export const LINE_START_FORBIDDEN = "。；，、;,.：:！!？?）)》」』】";

const trailing = new RegExp(`[${escape(CLAUSE_END)}\\s]+$`, "u");
const leading = new RegExp(`^[${escape(CLAUSE_END)}\\s]+`, "u");

function escape(chars: string): string {
  return chars.replace(/[\\\]^-]/g, "\\$&").replace(/\./g, "\\.");
}

/** Pieces trimmed, empty ones left out, joined by `separator` with no punctuation doubled. */
export function joinText(
  pieces: readonly (string | null | undefined)[],
  separator: string
): string {
  const kept = pieces
    .map((p) => (p ?? "").trim())
    .map((p) => p.replace(leading, "").trim())
    .filter(Boolean);
  return kept
    .map((p, i) => (i < kept.length - 1 && separator.trim() ? p.replace(trailing, "") : p))
    .join(separator);
}

/** A text as a clause to be followed by punctuation: trimmed, its own ending marks removed. */
export const clause = (text: string) => text.trim().replace(trailing, "");

/** A text as one sentence: trimmed, its ending clause punctuation replaced by "。" ("" stays ""). */
export function sentence(text: string): string {
  const core = text.trim().replace(trailing, "");
  if (!core) return "";
  // A sentence that ends with ？ or ！ keeps it.
  const end = /[？?！!]$/u.exec(text.trim())?.[0];
  return `${core}${end ?? "。"}`;
}

/** Lines with every one that begins with closing punctuation joined to the line before it. */
export function joinLines(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    const first = [...line][0];
    if (out.length > 0 && LINE_START_FORBIDDEN.includes(first)) {
      const before = out[out.length - 1];
      // "（如满意度）。" then "。另一条": the mark already there is not repeated.
      const doubled = trailing.test(before) && CLAUSE_END.includes(first);
      out[out.length - 1] = before + (doubled ? line.replace(leading, "") : line);
      continue;
    }
    out.push(line.replace(leading, ""));
  }
  return out.filter(Boolean);
}
