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
  /** What may be inflated from one file in all: the parts actually read (64 MB). */
  readBudgetBytes: number;
}

export const DEFAULT_LIMITS: ReadLimits = {
  maxFileBytes: 20 * 1024 * 1024,
  maxUncompressedBytes: 200 * 1024 * 1024,
  maxEntries: 5000,
  maxSheets: 250,
  maxCells: 200_000,
  readBudgetBytes: 64 * 1024 * 1024,
};

export class LimitExceeded extends Error {
  constructor(
    readonly code: "too-many-sheets" | "too-many-cells" | "dtd",
    message: string
  ) {
    super(message);
  }
}
