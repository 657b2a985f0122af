/** The pane's heavier operations, loaded on demand as one chunk. */
export { generateSheet } from "../workflows/judge-sheet/generate-sheet";
export { writeEntry } from "../workflows/judge-sheet/write-entry";
export { submitSheet, reopenSheet } from "../workflows/judge-sheet/submit-sheet";
export { placeScoringSheet } from "../workflows/place-sheet";
