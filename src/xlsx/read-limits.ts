/** What the reader refuses to read: the limits that keep a hostile file from exhausting memory or time. */
export interface ReadLimits {
  /** Largest file accepted, in bytes (20 MB). */
  maxFileBytes: number;
  /** Largest total the zip's entries may expand to, in bytes, checked before inflating (200 MB). */
  maxUncompressedBytes: number;
  /** Most zip entries (parts) in one file. */
  maxEntries: number;
  /** Most worksheets in one workbook. */
  maxSheets: number;
  /** Most cells in one worksheet. */
  maxCells: number;
  /** Most defined names in the workbook (a judge's workbook of 250 sheets has about 20,000). */
  maxNames: number;
  /** What may be inflated from one file in all: the parts actually read (32 MB; a judge's workbook needs under 2). */
  readBudgetBytes: number;
}

export const DEFAULT_LIMITS: ReadLimits = {
  maxFileBytes: 20 * 1024 * 1024,
  maxUncompressedBytes: 200 * 1024 * 1024,
  maxEntries: 5000,
  maxSheets: 250,
  maxCells: 200_000,
  maxNames: 50_000,
  readBudgetBytes: 32 * 1024 * 1024,
};

export class LimitExceeded extends Error {
  constructor(
    readonly code: "too-many-sheets" | "too-many-cells" | "too-many-names" | "dtd",
    message: string
  ) {
    super(message);
  }
}
