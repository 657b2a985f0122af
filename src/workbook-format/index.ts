export * from "./format-names";
export * from "./sheet-from-names";
export * from "./submission-digest";
export * from "./workbook-read";
export * from "./consensus-read";
export * from "./workbook-port";
export * from "./approval-format";
