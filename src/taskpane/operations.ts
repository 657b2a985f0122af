/** The pane's heavier operations, loaded on demand as one chunk. */
export { generateScoringSheet } from "../excel/generate-sheet";
export { writeEntry } from "../excel/write-entry";
export { finalizeSheet, reopenSheet } from "../excel/finalize-sheet";
export { placeScoringSheet } from "../workflows/place-sheet";
