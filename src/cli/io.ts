/** What a command writes to, and its exit codes: 0 done, 1 nothing could be done, 2 usage error. */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  /**
   * Progress of long work, one line rewritten in place; `last` ends the line. Given only when
   * stderr is a terminal (bin/mhscore.js), so pipes and files never see it.
   */
  progress?(text: string, last?: boolean): void;
}

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

/** A usage error: the message, a blank line, the command's usage on stderr; exit code 2. */
export function usageFailure(io: CliIO, usage: () => string): (message: string) => number {
  return (message) => {
    io.err(message);
    io.err("");
    io.err(usage());
    return EXIT_USAGE;
  };
}
