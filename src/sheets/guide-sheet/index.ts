export * from "./guide-sheet";
export * from "./guide-items";
