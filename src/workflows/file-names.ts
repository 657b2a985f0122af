/**
 * The one rule for the names of files the tool writes (judges' workbooks, feedback reports): no
 * path separators, characters Windows reserves, or control characters; runs of white space made
 * one space; never empty.
 */

// Control characters are forbidden in file names, so the pattern names them on purpose.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\\/:*?"<>|\u0000-\u001f\u007f]/g;

export function safeFileName(name: string): string {
  return name.replace(FORBIDDEN, "_").replace(/\s+/g, " ").trim() || "_";
}
