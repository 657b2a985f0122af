export * from "./cover-sheet";
