/**
 * Which items a 评分指引 sheet covers, and in what order: the order they were first used, so that
 * adding an item never moves the rows the scoring sheets already link to. Small on purpose: the
 * pane's first screen reads it.
 */

/** The items of a guide that already lists `existing`, when sheets of `wanted` items are added: new ones go last. */
export function guideItemOrder(existing: readonly number[], wanted: readonly number[]): number[] {
  return [
    ...existing,
    ...wanted.filter((i, k) => !existing.includes(i) && wanted.indexOf(i) === k),
  ];
}

/** "1,3" (the MH_GUIDE cell) → [1, 3]; anything unreadable is dropped. */
export function parseGuideItems(value: unknown): number[] {
  return String(value ?? "")
    .split(",")
    .map((s) => Number(s.trim()))
    .filter((n) => Number.isInteger(n) && n > 0);
}
