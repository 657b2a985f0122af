export * from "./scoring-sheet";
export * from "./context";
export { COLUMN_WIDTHS, COLUMNS } from "./columns";
export { bandPointsText, statusFormula } from "./part-rows";
export * from "./kept-entries";
