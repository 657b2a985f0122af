/**
 * PDFs through LibreOffice, when it is installed (`soffice` on the PATH, or where Debian and the
 * Windows and macOS installers put it): one run converts every file, with a profile of its own so
 * a LibreOffice the user has open is not disturbed.
 */
import { execFile } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const CANDIDATES = [
  "/usr/bin/soffice",
  "/usr/lib/libreoffice/program/soffice",
  "/opt/libreoffice/program/soffice",
  "/Applications/LibreOffice.app/Contents/MacOS/soffice",
  "C:\\\\Program Files\\\\LibreOffice\\\\program\\\\soffice.exe",
];

export function findSoffice(): string | null {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    for (const name of ["soffice", "soffice.exe"]) {
      const p = path.join(dir, name);
      if (dir && fs.existsSync(p)) return p;
    }
  }
  return CANDIDATES.find((p) => fs.existsSync(p)) ?? null;
}

export function convertToPdf(soffice: string, files: string[], outDir: string): Promise<void> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "mhscore-lo-"));
  const args = [
    `-env:UserInstallation=file://${profile.replace(/\\\\/g, "/")}`,
    "--headless",
    "--norestore",
    "--convert-to",
    "pdf",
    "--outdir",
    outDir,
    ...files,
  ];
  return new Promise((resolve, reject) => {
    execFile(soffice, args, { timeout: 10 * 60 * 1000 }, (error, _out, stderr) => {
      fs.rmSync(profile, { recursive: true, force: true });
      const missing = files
        .map((f) => path.join(outDir, path.basename(f).replace(/\.docx$/i, ".pdf")))
        .filter((p) => !fs.existsSync(p));
      if (error || missing.length) reject(new Error(error?.message ?? `${missing[0]} ${stderr}`));
      else resolve();
    });
  });
}
