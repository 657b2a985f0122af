export * from "./types";
export * from "./roster-format";
export * from "./read-roster";
export * from "./assign";
export * from "./roster-table";
export * from "./stages";
export * from "./read-stages";
