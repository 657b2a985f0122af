export * from "./plan-types";
export * from "./cell-address";
export * from "./styles";
export * from "./print";
export * from "./builder";
export * from "./sheet-names";
export * from "./excel-date";
export * from "./text-height";
