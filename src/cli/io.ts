/** What a command writes to, and its exit codes: 0 done, 1 nothing could be done, 2 usage error. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  /** Progress of long work (stderr on a terminal); optional. */
  progress?(text: string): void;
}

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;
