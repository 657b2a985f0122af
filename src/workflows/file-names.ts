/**
 * The one rule for the names of files the tool writes (judges' workbooks, feedback reports): no
 * path separators, characters Windows reserves, or control characters; no invisible characters
 * that could make one name look like another (zero-width, bidi controls); runs of white space
 * made one space; never empty. `fileNameKey` is how a file system may compare two names: after
 * Unicode normalization and case folding (Windows and macOS disks ignore case).
 */

/** Path separators, what Windows reserves, and every control character (C0, DEL and C1). */
const FORBIDDEN = /[\\/:*?"<>|\p{Cc}]/gu;

/**
 * Every format character (\p{Cf}): zero-width space and joiners, the bidirectional marks,
 * embeddings, overrides and isolates (U+202E turns "李四\u202Exslx.exe" into what reads as
 * "李四exe.xlsx"), the Arabic letter mark, soft hyphen, word joiner, BOM, tags. Invisible,
 * and a way to make one name look like another.
 */
const INVISIBLE = /\p{Cf}/gu;

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
