/**
 * https://localhost:3000/demo.html — the real task pane against the in-browser workbook double
 * (the one the end-to-end tests use), beside a read-only view of the active sheet, with a sample
 * application: the whole scoring flow in any browser, no Excel needed. Built by the dev server
 * only (`npm run dev-server` / `npm start`); the production build never contains it.
 */
import "../test/e2e/fake-office";
import * as React from "react";
import { createRoot } from "react-dom/client";
import { detectCapabilities, officeWorkbook, type ExcelRun } from "../src/excel";
import type { ExcelDouble } from "../test/support/excel-double";
import { seedSample } from "./sample";
import { SheetView } from "./SheetView";
import { t } from "../src/strings";

document.title = t("demo.title");

const excel = (window as unknown as { __excelDouble: ExcelDouble }).__excelDouble;
const run: ExcelRun = (batch) => excel.run((ctx) => batch(ctx as unknown as Excel.RequestContext));

/** The sheet the judge is on: the selection's sheet, as Excel would show it. */
const activeSheet = () => excel.state.selection?.sheet ?? null;

void seedSample(excel, run).then(async () => {
  // The pane starts once the workbook holds the sample, as if the judge had just opened it.
  await import("../src/taskpane/index");
  const view = document.getElementById("sheet-view");
  if (view)
    createRoot(view).render(
      <SheetView
        workbook={officeWorkbook(run, detectCapabilities(excel.office.context.requirements))}
        activeSheet={activeSheet}
        onSelect={(sheet, address) => excel.select(sheet, address)}
      />
    );
});
