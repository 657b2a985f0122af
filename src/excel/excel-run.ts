/** How the add-in reaches Excel: `Excel.run` in the pane, the in-memory double in tests. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;
