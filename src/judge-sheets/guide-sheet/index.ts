export * from "./guide-sheet";
export * from "./guide-items";
export * from "./guide-update";
