export * from "./types";
export * from "./exact-sum";
export * from "./bands";
export * from "./scoring-rules";
export * from "./load-standard";
