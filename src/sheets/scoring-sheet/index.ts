export * from "./scoring-sheet";
export * from "./context";
export { COLUMNS, maturityLabels } from "./columns";
export { statusFormula } from "./part-rows";
