/**
 * The one rule for the names of files the tool writes (judges' workbooks, feedback reports): no
 * path separators, characters Windows reserves, or control characters; no invisible characters
 * that could make one name look like another (zero-width, bidi controls); runs of white space
 * made one space; never empty. `fileNameKey` is how a file system may compare two names: after
 * Unicode normalization and case folding (Windows and macOS disks ignore case).
 */

// Control characters are forbidden in file names, so the pattern names them on purpose.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\\/:*?"<>|\u0000-\u001f\u007f]/g;

/** Zero-width and bidirectional formatting characters: invisible, and a way to spoof a name. */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

export function safeFileName(name: string): string {
  return (
    name
      .normalize("NFC")
      .replace(INVISIBLE, "")
      .replace(FORBIDDEN, "_")
      .replace(/\s+/g, " ")
      .trim() || "_"
  );
}

/** Two names with the same key are one file on some disk. */
export const fileNameKey = (name: string) => name.normalize("NFKC").toLowerCase();
