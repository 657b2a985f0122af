/** The request context: a queue of operations run in order at sync, and the workbook's entry points. */
import { accessDenied, injectedFault } from "./errors";
import type { ExcelDouble } from "./excel-double";
import { addressesOf, cellOf, isLocked, type Value } from "./model";
import { storeInput, type RangeTarget } from "./range";
import { Workbook } from "./workbook";

interface Op {
  what: string;
  run: () => void;
}

export interface CellChange {
  sheetId: string;
  address: string;
  before: Value[][];
  after: Value[][];
}

export class DoubleContext {
  private queueOps: Op[] = [];
  /** Changes made by this context's writes during the current sync, for onChanged. */
  private changes: CellChange[] = [];
  readonly workbook: Workbook;
  syncCount = 0;

  constructor(readonly host: ExcelDouble) {
    this.workbook = new Workbook(this);
  }

  get application() {
    return {
      suspendApiCalculationUntilNextSync: () => {
        this.host.requireApi(6, "suspendApiCalculationUntilNextSync");
        this.enqueue(
          "suspendApiCalculationUntilNextSync",
          () => this.host.calculationSuspensions++
        );
      },
    };
  }

  enqueue(what: string, run: () => void): void {
    this.queueOps.push({ what, run });
  }

  get pending(): number {
    return this.queueOps.length;
  }

  /** Runs the queued operations in order. Like Excel, operations before a failing one stay applied. */
  async sync(): Promise<void> {
    await Promise.resolve();
    const ops = this.queueOps.splice(0);
    this.syncCount++;
    const n = this.host.countSync(ops.length > 0);
    this.changes = [];
    try {
      const fault = this.host.faultAt(n);
      let i = 0;
      for (const op of ops) {
        if (fault === "midway" && i === Math.floor(ops.length / 2)) throw injectedFault(n);
        if (fault === "before") throw injectedFault(n);
        op.run();
        i++;
      }
    } finally {
      this.host.dispatch(this.changes, "ThisLocalAddin");
      this.changes = [];
    }
  }

  /** Values or formulas written through the API, with Excel's protection rule and change events. */
  writeCells(t: RangeTarget, input: Value[][] | Value, kind: "values" | "formulas"): void {
    const grid = addressesOf(t.ref);
    const rows = Array.isArray(input)
      ? (input as Value[][])
      : grid.map((r) => r.map(() => input as Value));
    if (rows.length !== grid.length || rows.some((r, i) => r.length !== grid[i].length)) {
      throw new Error(`InvalidArgument: ${kind} of ${rows.length} rows do not match ${t.ref}`);
    }
    const before = grid.map((r) => r.map((a) => t.sheet.cells.get(a)?.value ?? null));
    grid.forEach((r, i) =>
      r.forEach((a, j) => {
        if (t.sheet.protection.protected && isLocked(t.sheet, a))
          throw accessDenied(`${t.sheet.name}!${a}`);
        storeInput(cellOf(t.sheet, a), rows[i][j]);
      })
    );
    const after = grid.map((r) => r.map((a) => t.sheet.cells.get(a)?.value ?? null));
    this.changes.push({ sheetId: t.sheet.id, address: t.ref, before, after });
  }
}
