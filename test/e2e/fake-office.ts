/**
 * A stand-in for office.js in a real browser: `Office` and `Excel.run` backed by the in-memory
 * Excel double, exposed as window.__excelDouble so a test can act as the judge in the sheet
 * (click a cell, type, paste) and read what the add-in wrote.
 * Query parameters of the page: ?api=8 (ExcelApi minor version), ?theme=dark, ?host=none
 * (a plain browser: Office loads but there is no host), ?platform=Mac (Office.context.platform).
 */
import { ExcelDouble } from "../support/excel-double";

const params = new URLSearchParams(location.search);
// A judge's workbook as Excel opens it: one empty sheet, A1 selected.
const excel = new ExcelDouble({ apiMinor: Number(params.get("api") ?? 14), sheets: ["Sheet1"] });
const w = window as any;
w.__excelDouble = excel;
w.Excel = {
  run: (batch: (ctx: unknown) => Promise<unknown>) => excel.run(batch as any),
  createWorkbook: (base64: string) => excel.createWorkbook(base64),
};
const info = {
  host: params.get("host") === "none" ? null : "Excel",
  platform: params.get("host") === "none" ? null : (params.get("platform") ?? "PC"),
};
w.Office = {
  HostType: { Excel: "Excel" },
  context: {
    requirements: excel.office.context.requirements,
    officeTheme: { bodyBackgroundColor: params.get("theme") === "dark" ? "#1F1F1F" : "#FFFFFF" },
    displayLanguage: "zh-CN",
  },
  onReady(callback?: (i: typeof info) => void) {
    setTimeout(() => callback?.(info), 0);
    return Promise.resolve(info);
  },
};
