/**
 * The string table of the web build (the task pane, the try-it page): empty at first, filled by
 * each module as it runs with the strings it spells (scripts/lib/strings-loader.js). A chunk
 * loaded later brings its strings with it, so the first screen carries only its own.
 */
export const table: Record<string, string> = {};

export function addStrings(texts: Record<string, string>): void {
  Object.assign(table, texts);
}
