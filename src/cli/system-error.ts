/**
 * What the operating system said, in zh-CN and naming the path: a missing file, a permission
 * denied, a full or read-only disk, a folder where a file was expected. Never the English errno
 * text, never a stack trace.
 */
import { t } from "../strings";

/** The errno codes that have their own message (others get the generic one with the code). */
const KNOWN = [
  "ENOENT",
  "EACCES",
  "EPERM",
  "ENOSPC",
  "EDQUOT",
  "EISDIR",
  "ENOTDIR",
  "EROFS",
  "ENAMETOOLONG",
  "EBUSY",
  "EMFILE",
  "ENFILE",
  "EXDEV",
  "ENOTREG",
  "ELOOP",
  "EEXIST",
] as const;
type Known = (typeof KNOWN)[number];

/** The zh-CN sentence for a failed file-system call on `path`. */
export function systemErrorMessage(error: unknown, path: string): string {
  const code = (error as { code?: string } | null)?.code;
  if (code && (KNOWN as readonly string[]).includes(code))
    return t(`cli.sys.${code as Known}`, { path });
  return t("cli.sys.other", { path, code: code ?? String((error as Error)?.message ?? error) });
}

/** A Node system error (one with an errno code and the path it was about). */
export function isSystemError(error: unknown): error is Error & { code: string; path?: string } {
  const e = error as { code?: unknown; syscall?: unknown } | null;
  return typeof e?.code === "string" && /^E[A-Z0-9_]+$/.test(e.code) && e.syscall !== undefined;
}

/** An Error whose message is systemErrorMessage's, keeping the code (for callers that branch on it). */
export function systemError(error: unknown, path: string): Error & { code?: string } {
  const e: Error & { code?: string } = new Error(systemErrorMessage(error, path));
  e.code = (error as { code?: string } | null)?.code;
  return e;
}

/** An Error with a message of its own (already in zh-CN) and the system's code kept. */
export function failure(message: string, code?: string): Error & { code?: string } {
  const e: Error & { code?: string } = new Error(message);
  e.code = code;
  return e;
}
