export * from "./write-workbook";
export * from "./xlsx-package";
export * from "./find-scoring-sheets";
export * from "./read-guards";
export * from "./open-scoring-workbook";
export * from "./read-limits";
export * from "./zip-archive";
export * from "./read-roster-tables";
