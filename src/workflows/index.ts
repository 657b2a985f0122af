export * from "./ports";
export * from "./judge-sheets";
export * from "./place-sheet";
export * from "./consolidate-files";
export * from "./distribute";
export * from "./consensus";
export * from "./report";
