export { SheetOperationError } from "../workbook-format/sheet-operation-error";
