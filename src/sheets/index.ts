export * from "./scoring-sheet";
export * from "./consolidation";
