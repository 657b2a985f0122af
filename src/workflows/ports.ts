/**
 * The ports the use cases take: files as bytes to read, progress to report, a way to cancel.
 * The CLI backs them with the file system and stderr; the pane with File objects and React state.
 */

/** One input file: its name as the user knows it, and how to get its bytes. */
export interface FileSource {
  name: string;
  /** Rejects with a zh-CN message naming the file when it cannot be read. */
  read(): Promise<Uint8Array>;
}

export interface RunControl {
  /** Called after each file: how many are done out of how many, and the last file's name. */
  onProgress?: (done: number, total: number, name: string) => void;
  /** Asked before each file; a cancelled run returns without a result. */
  isCancelled?: () => boolean;
  /** How many files are read at once (I/O overlaps parsing); 1 by default. */
  concurrency?: number;
}

/** A use case's answer to bad input: a zh-CN message, nothing done. */
export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };
