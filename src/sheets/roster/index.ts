export * from "./roster-workbook";
