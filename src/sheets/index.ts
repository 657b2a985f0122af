export * from "./scoring-sheet";
export * from "./consolidation";
export * from "./guide-sheet";
