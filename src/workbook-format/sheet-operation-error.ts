/** A refusal the user should read (zh-CN message): nothing in the workbook was changed by the refused step. */
export class SheetOperationError extends Error {}
