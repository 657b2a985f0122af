/**
 * LibreOffice as an independent spreadsheet engine, for tests and previews.
 * Each process gets its own profile that tells Calc to recalculate every formula on load
 * (otherwise it keeps the cached values a file carries), so a converted file shows what a real
 * engine computes from the cells.
 */
const { execFile } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const CANDIDATES = [
  "/usr/bin/soffice",
  "/usr/lib/libreoffice/program/soffice",
  "/opt/libreoffice/program/soffice",
];

function findSoffice() {
  if (process.env.SOFFICE && fs.existsSync(process.env.SOFFICE)) return process.env.SOFFICE;
  return CANDIDATES.find((p) => fs.existsSync(p)) || null;
}

const RECALC_PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

let profileDir = null;
function profile() {
  if (!profileDir) {
    profileDir = fs.mkdtempSync(path.join(os.tmpdir(), "mh-lo-profile-"));
    fs.mkdirSync(path.join(profileDir, "user"), { recursive: true });
    fs.writeFileSync(path.join(profileDir, "user", "registrymodifications.xcu"), RECALC_PROFILE);
  }
  return profileDir;
}

/**
 * Convert `input` to `format` ("xlsx", "pdf", "csv" …) into `outDir`, recalculating on load.
 * Resolves to the output file's path.
 */
function convert(input, format, outDir, { timeoutMs = 120000 } = {}) {
  const soffice = findSoffice();
  if (!soffice) return Promise.reject(new Error("LibreOffice (soffice) not found"));
  fs.mkdirSync(outDir, { recursive: true });
  const args = [
    `-env:UserInstallation=file://${profile()}`,
    "--headless",
    "--norestore",
    "--nolockcheck",
    "--convert-to",
    format,
    "--outdir",
    outDir,
    input,
  ];
  return new Promise((resolve, reject) => {
    execFile(soffice, args, { timeout: timeoutMs }, (error, stdout, stderr) => {
      const ext = format.split(":")[0];
      const out = path.join(outDir, path.basename(input).replace(/\.[^.]+$/, "") + "." + ext);
      if (error) return reject(new Error(`soffice failed: ${error.message}\n${stderr}`));
      if (!fs.existsSync(out))
        return reject(new Error(`soffice wrote no ${out}\n${stdout}\n${stderr}`));
      resolve(out);
    });
  });
}

module.exports = { findSoffice, convert };
