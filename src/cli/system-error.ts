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
] as const;
type Known = (typeof KNOWN)[number];

/** The zh-CN sentence for a failed file-system call on `path`. */
export function systemErrorMessage(error: unknown, path: string): string {
  const code = (error as { code?: string } | null)?.code;
  if (code && (KNOWN as readonly string[]).includes(code))
    return t(`cli.sys.${code as Known}`, { path });
  return t("cli.sys.other", { path, code: code ?? String((error as Error)?.message ?? error) });
}

/** An Error whose message is systemErrorMessage's, keeping the code (for callers that branch on it). */
export function systemError(error: unknown, path: string): Error & { code?: string } {
  const e: Error & { code?: string } = new Error(systemErrorMessage(error, path));
  e.code = (error as { code?: string } | null)?.code;
  return e;
}
