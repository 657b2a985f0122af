#!/usr/bin/env node
/**
 * Checks a deployment build (dist/ after `ADDIN_URL=https://… npm run build`): the manifest names
 * no origin but ADDIN_URL's (https addresses and AppDomains), the try-it page and the workbook
 * double are not shipped, and no source map is. Prints every finding; exits 1 on any.
 *   ADDIN_URL=https://scoring.example.org/addin/ node scripts/check-deploy-build.js [dist]
 */
const fs = require("fs");
const path = require("path");

/** A message of the workbook double's (test/support/excel-double): found in a bundle = shipped. */
const DOUBLE_MARKER = "locked cells of a protected sheet";

function findings(dist, addinUrl) {
  const out = [];
  const origin = new URL(addinUrl).origin;
  const manifest = fs.readFileSync(path.join(dist, "manifest.xml"), "utf8");
  const urls = manifest.match(/https:\/\/[^"<\s]+/g) ?? [];
  for (const u of urls) if (new URL(u).origin !== origin) out.push(`manifest.xml names ${u}`);
  if (!manifest.includes(addinUrl + "taskpane.html"))
    out.push(`manifest.xml: no ${addinUrl}taskpane.html`);
  if (fs.existsSync(path.join(dist, "demo.html"))) out.push("dist/demo.html is shipped");
  for (const f of fs.readdirSync(dist)) {
    if (f.endsWith(".map")) out.push(`source map shipped: ${f}`);
    if (f.endsWith(".js") && fs.readFileSync(path.join(dist, f), "utf8").includes(DOUBLE_MARKER))
      out.push(`the workbook double is in ${f}`);
  }
  return out;
}

if (require.main === module) {
  const dist = path.resolve(process.argv[2] || path.join(__dirname, "..", "dist"));
  const url = process.env.ADDIN_URL;
  if (!url) {
    console.error("ADDIN_URL is not set: nothing to check the manifest against.");
    process.exit(2);
  }
  const found = findings(dist, url);
  for (const f of found) console.error(f);
  if (found.length === 0)
    console.log(`dist/ is a deployment for ${url}: only that origin, no demo, no double.`);
  process.exit(found.length ? 1 : 0);
}

module.exports = { findings, DOUBLE_MARKER };
