/**
 * What a host tells the pane as it happens, beside the workbook port: where the selection is,
 * when it moves, and the score cells that hold something invalid as the judge types or pastes.
 * The Office.js host implements it (src/excel/office-events.ts); a file host has no events.
 */
import type { Standard } from "../standard";

/** A score cell holding something that is not a valid score (text, a negative, over the maximum). */
export interface InvalidScore {
  sheetName: string;
  code: string;
  address: string;
  value: unknown;
  message: string;
}

export interface Selection {
  sheetName: string;
  /** "D7" or "D7:E9" (no sheet part). */
  address: string;
}

/** Watches scoring sheets' score cells; never writes to the sheet. */
export interface ScoreWatch {
  readonly list: InvalidScore[];
  /** Start watching a scoring sheet of this item: every score cell checked now. */
  watch(sheetName: string, item: number): Promise<void>;
  isWatching(sheetName: string): boolean;
  /** A sheet rebuilt (a new sheet took its place): its entries leave the list. */
  forget(sheetName: string): void;
  /** Cells the add-in is about to write: their change events are its own, not the judge's. */
  noteOwnWriteOn(sheetName: string, addresses: string[]): void;
  dispose(): Promise<void>;
}

export interface WorkbookEvents {
  selection(): Promise<Selection>;
  /** Calls `onChange` whenever the selection moves; resolves to a function that stops watching. */
  watchSelection(onChange: () => void): Promise<() => Promise<void>>;
  /** `external`: the judge changed a watched sheet (false when a sheet has just been taken on). */
  watchScores(
    standard: Standard,
    onUpdate: (invalid: InvalidScore[], external: boolean) => void
  ): ScoreWatch;
}
