/**
 * How the pane hands files to the user: as a browser download (Excel on the web and on Windows
 * show it in their download bar), or as a new workbook opened in Excel (Excel.createWorkbook,
 * ExcelApi 1.8 — the way on Mac, whose task pane cannot download). Tests observe both.
 */
export interface HostFiles {
  /** Offer the bytes as a download named `fileName`. */
  download(fileName: string, bytes: Uint8Array, mimeType: string): void;
  /** Open an .xlsx as a new, unsaved workbook in Excel. */
  openWorkbook(bytes: Uint8Array): Promise<void>;
}

/** Base64 of bytes, in slices so large workbooks do not overflow the argument list. */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000)); // bounded: 32 KB chunks
  return btoa(binary);
}

export const browserFiles: HostFiles = {
  download(fileName, bytes, mimeType) {
    const url = URL.createObjectURL(
      new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mimeType })
    );
    const link = document.createElement("a");
    link.href = url;
    link.download = fileName;
    link.style.display = "none";
    document.body.appendChild(link);
    link.click();
    link.remove();
    // The download has its own copy once it started; give the browser a moment before freeing.
    setTimeout(() => URL.revokeObjectURL(url), 60000);
  },
  openWorkbook: (bytes) => Excel.createWorkbook(toBase64(bytes)),
};

/** Whether this host's task pane can download files (Office on Mac and iPad cannot). */
export const canDownload = (platform: string | null) => platform !== "Mac" && platform !== "iOS";
