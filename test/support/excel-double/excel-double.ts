/**
 * A faithful in-memory Excel for tests: the subset of the Excel JavaScript API this add-in uses,
 * with the rules real Excel enforces (see client-object.ts), sync and round-trip counters,
 * requirement sets by version, onChanged events (details only for single-cell changes, from
 * ExcelApi 1.9), user edits that bypass validation as a paste does, fault injection, and an
 * export of its state to .xlsx through src/xlsx so LibreOffice can recalculate it.
 */
import { DoubleContext, type CellChange } from "./context";
import { apiNotFound } from "./errors";
import { cellOf, addressesOf, isLocked, newSheet, type WorkbookState, type Value } from "./model";
import { storeInput } from "./range";
import { exportPlans } from "./export-plans";
import { address, type SheetPlan } from "../../../src/sheet-kit";

type Handler = (args: any) => Promise<unknown> | void;

export interface DoubleOptions {
  /** Highest ExcelApi 1.x minor version the simulated host supports (8 = Excel 2019 era). */
  apiMinor?: number;
  /** Sheets the workbook starts with, as a new workbook has "Sheet1" (none by default in unit tests). */
  sheets?: string[];
}

export class ExcelDouble {
  readonly state: WorkbookState = { sheets: [], settings: new Map(), nextId: 0 };
  readonly apiMinor: number;
  syncs = 0;
  roundTrips = 0;
  calculationSuspensions = 0;
  private handlers: { sheetId: string; handler: Handler }[] = [];
  private pending: Promise<unknown>[] = [];
  private faults = new Map<number, "before" | "midway">();
  readonly handlerErrors: unknown[] = [];
  /** What Excel.createWorkbook was given (base64 .xlsx), in order: the workbooks "opened" in Excel. */
  readonly createdWorkbooks: string[] = [];

  constructor(options: DoubleOptions = {}) {
    this.apiMinor = options.apiMinor ?? 14;
    for (const name of options.sheets ?? [])
      this.state.sheets.push(newSheet(`{${++this.state.nextId}}`, name));
    if (this.state.sheets[0]) this.select(this.state.sheets[0].name, "A1");
  }

  /** What office.js's Office.context.requirements answers for this host. */
  get office() {
    return {
      context: {
        requirements: {
          isSetSupported: (name: string, version?: string) =>
            name === "ExcelApi" && Number((version ?? "1.1").split(".")[1] ?? 0) <= this.apiMinor,
        },
      },
    };
  }

  requireApi(minor: number, what: string): void {
    if (this.apiMinor < minor)
      throw apiNotFound(`${what} needs ExcelApi 1.${minor}; this host has 1.${this.apiMinor}`);
  }

  /** Excel.run: a fresh context; pending operations are synced when the batch resolves. */
  async run<T>(batch: (context: DoubleContext) => Promise<T>): Promise<T> {
    const context = new DoubleContext(this);
    const result = await batch(context);
    if (context.pending > 0) await context.sync();
    return result;
  }

  countSync(hasOps: boolean): number {
    this.syncs++;
    if (hasOps) this.roundTrips++;
    return this.syncs;
  }

  resetCounters(): void {
    this.syncs = 0;
    this.roundTrips = 0;
    this.calculationSuspensions = 0;
  }

  /** Make the n-th sync from now fail: before any of its operations, or half-way through them. */
  failSync(nthFromNow: number, where: "before" | "midway" = "before"): void {
    this.faults.set(this.syncs + nthFromNow, where);
  }

  faultAt(n: number): "before" | "midway" | undefined {
    const f = this.faults.get(n);
    this.faults.delete(n);
    return f;
  }

  addHandler(sheetId: string, handler: Handler): void {
    this.handlers.push({ sheetId, handler });
  }

  removeHandler(handler: Handler): void {
    this.handlers = this.handlers.filter((h) => h.handler !== handler);
  }

  /** onChanged, delivered after the sync as Excel does; `details` only for a single cell (1.9+). */
  dispatch(changes: CellChange[], source: "ThisLocalAddin" | "Other"): void {
    for (const change of changes) {
      const single = change.before.length === 1 && change.before[0].length === 1;
      const args: Record<string, unknown> = {
        type: "WorksheetChanged",
        changeType: "RangeEdited",
        source: "Local",
        worksheetId: change.sheetId,
        address: change.address,
      };
      if (single && this.apiMinor >= 9) {
        args.details = {
          valueBefore: change.before[0][0] ?? "",
          valueAfter: change.after[0][0] ?? "",
          valueTypeBefore: typeName(change.before[0][0]),
          valueTypeAfter: typeName(change.after[0][0]),
        };
      }
      if (this.apiMinor >= 14) args.triggerSource = source;
      for (const h of this.handlers.filter((x) => x.sheetId === change.sheetId)) {
        this.pending.push(
          new Promise((resolve) => setTimeout(resolve, 0))
            .then(() => h.handler(args))
            .catch((e) => this.handlerErrors.push(e))
        );
      }
    }
  }

  /** Wait until every event handler fired so far (and whatever they triggered) has finished. */
  async idle(): Promise<void> {
    while (this.pending.length) {
      const batch = this.pending.splice(0);
      await Promise.all(batch);
    }
  }

  /**
   * A person typing or pasting into the sheet: values land as given (a paste bypasses data
   * validation), "=…" becomes a formula, and onChanged fires for the whole block.
   */
  userEdit(sheetName: string, ref: string, values: Value[][]): void {
    const sheet = this.state.sheets.find((s) => s.name === sheetName);
    if (!sheet) throw new Error(`no sheet ${sheetName}`);
    const grid = addressesOf(ref);
    if (sheet.protection.protected && grid.flat().some((a) => isLocked(sheet, a))) {
      // Excel refuses the whole paste when any target cell is locked on a protected sheet.
      throw new Error(
        `Excel refuses: ${sheetName}!${ref} includes locked cells of a protected sheet`
      );
    }
    const before = grid.map((r) => r.map((a) => sheet.cells.get(a)?.value ?? null));
    grid.forEach((r, i) => r.forEach((a, j) => storeInput(cellOf(sheet, a), values[i][j])));
    const after = grid.map((r) => r.map((a) => sheet.cells.get(a)?.value ?? null));
    this.dispatch([{ sheetId: sheet.id, address: ref, before, after }], "Other");
  }

  /**
   * A person opening a workbook that holds these sheets (as a roster file opened in Excel): the
   * values land from A1, in the order given, after the sheets already there.
   */
  openSheets(sheets: Record<string, Value[][]>): void {
    for (const [name, rows] of Object.entries(sheets)) {
      const sheet = newSheet(`{${++this.state.nextId}}`, name);
      rows.forEach((row, r) =>
        row.forEach((v, c) => {
          if (v !== null && v !== "") storeInput(cellOf(sheet, address(c + 1, r + 1)), v);
        })
      );
      this.state.sheets.push(sheet);
    }
  }

  /** Excel.createWorkbook(base64): needs ExcelApi 1.8; the new workbook is only recorded. */
  createWorkbook(base64: string): Promise<void> {
    this.requireApi(8, "Excel.createWorkbook");
    this.createdWorkbooks.push(base64);
    return Promise.resolve();
  }

  /** A person unprotecting the sheet (审阅 → 撤销工作表保护; there is no password). */
  userUnprotect(sheetName: string): void {
    const sheet = this.state.sheets.find((s) => s.name === sheetName);
    if (!sheet) throw new Error(`no sheet ${sheetName}`);
    sheet.protection = { protected: false };
  }

  private selectionHandlers: Handler[] = [];

  addSelectionHandler(handler: Handler): void {
    this.selectionHandlers.push(handler);
  }

  removeSelectionHandler(handler: Handler): void {
    this.selectionHandlers = this.selectionHandlers.filter((h) => h !== handler);
  }

  selectionChanged(): void {
    for (const h of this.selectionHandlers) {
      this.pending.push(
        new Promise((resolve) => setTimeout(resolve, 0))
          .then(() => h({ type: "SelectionChanged" }))
          .catch((e) => this.handlerErrors.push(e))
      );
    }
  }

  /** A person clicking a cell. */
  select(sheetName: string, address: string): void {
    this.state.selection = { sheet: sheetName, address };
    this.state.activeSheet = this.state.sheets.find((s) => s.name === sheetName)?.id;
    this.selectionChanged();
  }

  /** The value stored in a cell (formulas are not calculated here). */
  valueAt(sheetName: string, address: string): Value {
    return this.state.sheets.find((s) => s.name === sheetName)?.cells.get(address)?.value ?? null;
  }

  toPlans(): SheetPlan[] {
    return exportPlans(this.state);
  }
}

function typeName(v: Value): string {
  if (v === null) return "Empty";
  if (typeof v === "number") return "Double";
  if (typeof v === "boolean") return "Boolean";
  return "String";
}
