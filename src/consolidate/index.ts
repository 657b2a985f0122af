export * from "./types";
export * from "./check-sheet";
export * from "./aggregate";
export * from "./consolidate";
export * from "./to-json";
export * from "./roster-match";
export * from "./agreement";
export * from "./feedback";
