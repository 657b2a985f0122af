export { ExcelDouble, type DoubleOptions } from "./excel-double";
export type { DoubleContext } from "./context";
export { DoubleError } from "./errors";
export { exportXlsx } from "./export-xlsx";
