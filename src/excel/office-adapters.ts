/** The Office.js adapters, one chunk for the pane (office-host.ts loads it on first use). */
export { officeEvents } from "./office-events";
export { officeWorkbook } from "./office-workbook";
