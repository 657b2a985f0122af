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
  /**
   * Most cells kept from one worksheet (what costs memory: about 400 bytes a cell). A reader that
   * names the cells it wants (consolidation, 共识 sheets) keeps only those, so this never limits
   * a judge's sheet, whatever number of <c> it holds: its bytes are bounded by the read budget.
   * Reading every cell (a roster) keeps each: the largest roster sheet, the 分配 grid of a
   * city-wide round (about 300 applications × 60 judges), is under a tenth of it.
   */
  maxCells: number;
  /** Most defined names in the workbook (a judge's workbook of 250 sheets has about 20,000). */
  maxNames: number;
  /**
   * What may be inflated from one file in all: the parts actually read (32 MB). The largest
   * judge's workbook `distribute` writes (248 scoring sheets, the sheet limit less the cover and
   * the guide) reads 9.0 MB as written and 10.9 MB as LibreOffice re-saves it (measured); the
   * rest holds what judges type: about 2,000 characters in every comment of all 248 sheets, or
   * 200 comments at Excel's 32,767-character maximum. The worst input within it reads in about
   * 1 s and 300 MB (docs/reliability.md), which a larger budget would raise in proportion.
   */
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
