/**
 * The workbook port: what every use case needs of "the open workbook", whatever holds it — Excel
 * through Office.js (src/excel/office-workbook.ts), an .xlsx file in memory (src/xlsx/file-workbook.ts),
 * or a later host (WPS, a page). The use cases in src/workflows talk only to this interface; each
 * adapter passes one contract suite (test/workbook-port/).
 *
 * Batches, not cells: each method is one round trip to the host at most (`readSheets` of every
 * sheet is two: the sheet list, then their contents), and `apply` writes all its changes in one
 * batch, all or nothing — should the host fail half-way, the adapter puts back what it changed
 * (new sheets removed, cells written back) before it rethrows.
 */
import type { CellValue, SheetPlan } from "../sheet-kit/plan-types";

/** One sheet as read: where it is, its sheet-scoped names, and the cells of its used range. */
export interface SheetRead {
  sheetName: string;
  /** 0-based position among the workbook's sheets. */
  position: number;
  /** Every sheet-scoped name that points at one cell of this sheet → its address ("D7"). */
  names: Record<string, string>;
  /** Every sheet-scoped name whose value is a text constant (MH_STANDARD) → that text. */
  texts: Record<string, string>;
  /** A cell's value ("D7"); undefined outside the used range. Blank cells may read as "" or null. */
  value(address: string): CellValue | undefined;
  /** A cell's formula ("=SUM(…)") or, for a plain cell, its value; only when read with `formulas`. */
  formula(address: string): CellValue | undefined;
  /** Whether the sheet is protected now. */
  protected: boolean;
}

/** A plain table of cells (a roster sheet): its values and where its top-left cell is (1-based). */
export interface GridRead {
  values: CellValue[][];
  row: number;
  column: number;
  /** The sheet is hidden or very hidden in the workbook: nobody sees what it decides. */
  hidden: boolean;
}

/** A cell by its address ("D7") or by one of its sheet's names (MH_S_1_1). */
export type CellRef = { address: string } | { name: string };

/** Where a sheet goes: a 0-based position among the sheets as they are at that point of the batch, or the end. */
export type SheetPosition = number | "end";

/** One change of a batch, applied in order. Sheets are named as they are before the batch starts. */
export type WorkbookChange =
  /** A new sheet built from the plan, under plan.sheetName (which must be free), at `position` or last. */
  | { kind: "add"; plan: SheetPlan; position?: SheetPosition }
  /**
   * An existing sheet rebuilt from the plan: the new sheet is built beside the old one, and only
   * when it is complete does it take the old one's name and its position, or `position`
   * (plan.sheetName is ignored).
   */
  | { kind: "replace"; sheetName: string; plan: SheetPlan; position?: SheetPosition }
  /**
   * Values written into cells. `text`: strings are stored as text whatever they look like (a
   * timestamp never becomes a date). `previous`: what the cells held, written back on failure.
   */
  | {
      kind: "cells";
      sheetName: string;
      cells: (CellRef & { value: CellValue; previous?: CellValue })[];
      text?: boolean;
    }
  /** The `locked` format of cells (effective once the sheet is protected); `previous`: restored on failure. */
  | { kind: "lock"; sheetName: string; cells: CellRef[]; locked: boolean; previous?: boolean }
  /**
   * Protect (formatting rows and columns allowed, as the tool's sheets are) or unprotect;
   * `previous`: the state restored on failure.
   */
  | { kind: "protect"; sheetName: string; protect: boolean; previous?: boolean };

export interface ApplyOptions {
  /** The sheet (and cell) to show when the batch is done. */
  activate?: { sheetName: string; address?: string };
}

export interface WorkbookPort {
  /** Every sheet's name, in order. One round trip. */
  sheetNames(): Promise<string[]>;
  /**
   * The named sheets (every sheet when `which` is "all"), in workbook order; a named sheet that
   * does not exist is left out. One round trip for named sheets, two for "all".
   */
  readSheets(which: string[] | "all", options?: { formulas?: boolean }): Promise<SheetRead[]>;
  /** The used range of each named sheet as a grid; null for a sheet that is absent or empty. One round trip. */
  readGrids(sheetNames: string[]): Promise<Record<string, GridRead | null>>;
  /** All the changes in one batch, all or nothing. */
  apply(changes: WorkbookChange[], options?: ApplyOptions): Promise<void>;
  /** A value the workbook remembers for the add-in (the judge's name), or null. One round trip. */
  setting(key: string): Promise<string | null>;
  setSetting(key: string, value: string): Promise<void>;
  /** Show a sheet and select a cell (定位). */
  select(sheetName: string, address: string): Promise<void>;
  /** Round trips made so far (sync budget; the bench and the tests read it). */
  readonly syncs: number;
}

/**
 * A host failure the use cases turn into a zh-CN message: the sheet is protected (a submitted
 * sheet), a sheet or name does not exist, a new sheet's name is taken.
 */
export type HostFailure = "protected" | "not-found" | "exists";

/** The failure kind of an error an adapter rethrew, when it is one the use cases explain. */
export function hostFailureOf(e: unknown): HostFailure | null {
  const kind = (e as { hostFailure?: unknown } | null)?.hostFailure;
  return kind === "protected" || kind === "not-found" || kind === "exists" ? kind : null;
}

/** An adapter's way to mark an error with its failure kind (the original error is kept as cause). */
export function withHostFailure(e: unknown, kind: HostFailure): Error {
  const error = e instanceof Error ? e : new Error(String(e));
  return Object.assign(error, { hostFailure: kind });
}
