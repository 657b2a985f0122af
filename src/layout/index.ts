export * from "./plan-types";
export * from "./format";
export * from "./cell-address";
export * from "./sheet-names";
export * from "./excel-date";
export * from "./sheet-styles";
export * from "./scoring-sheet";
export * from "./read-scoring-sheet";
