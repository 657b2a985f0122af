#!/usr/bin/env node
/**
 * Prints a canonical description of .xlsx files: every cell (value, formula, style, number format),
 * merges, defined names (with their scope), data validation, conditional formats, page setup,
 * column widths, row heights, views and drawing parts. Two builds of the tool that write the same
 * workbooks print the same text, so a refactoring can be checked with `diff`:
 *
 *   node scripts/workbook-fingerprint.js before/*.xlsx > before.txt
 *   node scripts/workbook-fingerprint.js after/*.xlsx > after.txt && diff before.txt after.txt
 *
 * Volatile parts (document properties with their timestamps) are left out.
 */
const fs = require("fs");
const path = require("path");
const JSZip = require("jszip");
const ExcelJS = require("exceljs");

async function fingerprint(file) {
  const bytes = fs.readFileSync(file);
  const zip = await JSZip.loadAsync(bytes);
  const out = [`# ${path.basename(file)}`];
  const workbookXml = await zip.file("xl/workbook.xml").async("string");
  const names = [...workbookXml.matchAll(/<definedName\b([^>]*)>([^<]*)<\/definedName>/g)]
    .map((m) => `name ${m[1].trim()} = ${m[2]}`)
    .sort();
  out.push(...names);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes);
  for (const ws of wb.worksheets) {
    out.push(`## sheet ${ws.name} state=${ws.state}`);
    out.push(`views ${JSON.stringify(ws.views)}`);
    out.push(`pageSetup ${JSON.stringify(ws.pageSetup)}`);
    out.push(`headerFooter ${JSON.stringify(ws.headerFooter)}`);
    out.push(`protection ${JSON.stringify(ws.sheetProtection ?? null)}`);
    out.push(`properties ${JSON.stringify(ws.properties)}`);
    out.push(`merges ${JSON.stringify(Object.keys(ws._merges).sort())}`);
    ws.columns?.forEach((c, i) => out.push(`col ${i + 1} ${c.width} ${c.hidden}`));
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      if (row.height) out.push(`row ${r} height ${row.height}`);
      row.eachCell({ includeEmpty: true }, (cell) => {
        const v = cell.value;
        out.push(
          `${cell.address} ${JSON.stringify(v)} fmt=${cell.numFmt ?? ""} style=${JSON.stringify(cell.style)}`
        );
      });
    });
    const dv = ws.dataValidations?.model ?? {};
    for (const k of Object.keys(dv).sort()) out.push(`dv ${k} ${JSON.stringify(dv[k])}`);
    out.push(`cf ${JSON.stringify(ws.conditionalFormattings)}`);
  }
  const parts = Object.keys(zip.files)
    .filter((n) => /^xl\/(drawings|charts)\/.*\.xml$/.test(n))
    .sort();
  for (const p of parts) out.push(`part ${p} ${await zip.file(p).async("string")}`);
  const sheetParts = Object.keys(zip.files)
    .filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))
    .sort();
  for (const p of sheetParts) {
    const xml = await zip.file(p).async("string");
    const tail = xml.slice(xml.indexOf("</sheetData>"));
    out.push(`tail ${p} ${tail}`);
  }
  return out.join("\n");
}

(async () => {
  for (const f of process.argv.slice(2)) process.stdout.write((await fingerprint(f)) + "\n");
})().catch((e) => {
  process.stderr.write(String(e && e.stack ? e.stack : e) + "\n");
  process.exit(1);
});
