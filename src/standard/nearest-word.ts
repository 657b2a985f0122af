/**
 * "Did you mean": the known word closest to what was typed — a command, an option, an item, a
 * folder beside a mistyped one. One rule for every shell: case and full/half width do not count;
 * a word within a small number of edits (one for words of two to four characters, two from five
 * on — "交会" is one edit from "交回"), or
 * one that starts with or contains what was typed (two characters at least), is offered.
 */

const plain = (s: string) => s.normalize("NFKC").toLowerCase().replace(/\s+/g, "");

/** Edits (insert, delete, replace) from one word to another. */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let row = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const next = [i];
    for (let j = 1; j <= y.length; j++)
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    row = next;
  }
  return row[y.length];
}

/** How far a typed word may be from the one meant. */
const allowedEdits = (length: number) => (length < 2 ? 0 : length < 5 ? 1 : 2);

/**
 * The candidate the typed word most likely meant, or null when none is close, when the typed
 * word is one of them as typed, or when two candidates are equally close ("创新" names no one item).
 */
export function nearestWord(typed: string, candidates: readonly string[]): string | null {
  const word = plain(typed);
  if (word === "" || candidates.includes(typed)) return null;
  const length = [...word].length;
  let best: { candidate: string; score: number; tied: boolean } | null = null;
  for (const candidate of candidates) {
    const other = plain(candidate);
    const edits = editDistance(word, other);
    const contains = length >= 2 && other.includes(word);
    const score = edits <= allowedEdits(length) ? edits : contains ? 100 + edits : null;
    if (score === null) continue;
    if (best === null || score < best.score) best = { candidate, score, tied: false };
    else if (score === best.score) best.tied = true;
  }
  return best && !best.tied ? best.candidate : null;
}
