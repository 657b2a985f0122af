/** The sheets a judge works in: the scoring sheet, the 评分指引, the cover sheet, and the roster template. */
export * from "./scoring-sheet";
export * from "./guide-sheet";
export * from "./cover-sheet";
export * from "./roster";
