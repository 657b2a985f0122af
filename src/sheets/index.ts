export * from "./scoring-sheet";
export * from "./consolidation";
export * from "./guide-sheet";
export * from "./cover-sheet";
export * from "./roster";
export * from "./consensus";
