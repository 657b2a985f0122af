export * from "./types";
export * from "./applicant-names";
export * from "./check-sheet";
export * from "./aggregate";
export * from "./consolidate";
export * from "./summary-plan";
export * from "./to-json";
