export * from "./capabilities";
export * from "./units";
export * from "./queue-sheet-plan";
export * from "./read-scoring-sheet";
export * from "./generate-sheet";
export * from "./write-entry";
export * from "./finalize-sheet";
export * from "./score-guard";
